package dev.solo.examples.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the fixtures wrote under {@code fixture.pid.dir}: one file per fixture named
 * {@code <Class>.<method>.pid}, lines {@code pid=<pid> attempt=<n> java=<v>} (one per attempt) and extras
 * like {@code sleep=<pid>}.
 */
public final class PidRecords {

    /** One run of a fixture: its JVM's pid, SOLO_ATTEMPT (0 without Solo) and Java feature version. */
    public record Attempt(long pid, int attempt, int javaVersion) {
    }

    private final Map<String, List<Attempt>> attempts;
    private final Map<String, Map<String, Long>> extras;

    private PidRecords(Map<String, List<Attempt>> attempts, Map<String, Map<String, Long>> extras) {
        this.attempts = attempts;
        this.extras = extras;
    }

    public static PidRecords read(Path dir) {
        Map<String, List<Attempt>> attempts = new TreeMap<>();
        Map<String, Map<String, Long>> extras = new TreeMap<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                    String name = file.getFileName().toString();
                    if (!name.endsWith(".pid")) {
                        continue;
                    }
                    String test = name.substring(0, name.length() - 4);
                    for (String line : Files.readAllLines(file)) {
                        line = line.trim();
                        if (line.isEmpty()) {
                            continue;
                        }
                        if (line.startsWith("pid=")) {
                            Map<String, String> fields = new LinkedHashMap<>();
                            for (String part : line.split(" ")) {
                                int eq = part.indexOf('=');
                                fields.put(part.substring(0, eq), part.substring(eq + 1));
                            }
                            attempts.computeIfAbsent(test, k -> new ArrayList<>()).add(new Attempt(
                                    Long.parseLong(fields.get("pid")),
                                    Integer.parseInt(fields.getOrDefault("attempt", "-1")),
                                    Integer.parseInt(fields.getOrDefault("java", "-1"))));
                        } else {
                            int eq = line.indexOf('=');
                            extras.computeIfAbsent(test, k -> new LinkedHashMap<>())
                                    .put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1)));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new PidRecords(attempts, extras);
    }

    public Map<String, List<Attempt>> attempts() {
        return attempts;
    }

    public List<Attempt> attempts(String test) {
        return attempts.getOrDefault(test, List.of());
    }

    public Long extra(String test, String key) {
        return extras.getOrDefault(test, Map.of()).get(key);
    }

    public List<Long> allPids() {
        List<Long> pids = new ArrayList<>();
        attempts.values().forEach(list -> list.forEach(a -> pids.add(a.pid())));
        extras.values().forEach(map -> pids.addAll(map.values()));
        return pids;
    }

    @Override
    public String toString() {
        return "attempts=" + attempts + " extras=" + extras;
    }
}
