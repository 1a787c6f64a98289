package dev.solo.examples.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks on the child handshake: what the fixtures recorded of their command lines
 * ({@code <name>.cmdline}, see the misbehaving {@code CommandLine}) and of {@code HandshakeTest}'s
 * attempt to speak for itself with a guessed token ({@code HandshakeTest.handshake}).
 */
public final class Handshakes {

    /** The shape of a handshake token: 32 hex digits (or more, if one hid in a longer run). */
    private static final Pattern HEX_RUN = Pattern.compile("[0-9a-fA-F]{32,}");
    /** Solo's class-data archive is named by a hash of the class path: public, and the one allowed hex run. */
    private static final Pattern ARCHIVE_NAME = Pattern.compile("/[0-9a-f]{32}\\.(jsa|aot)");

    private Handshakes() {
    }

    /** One recorded command line: the JVM's arguments and the lines of its argument files. */
    public record CommandLine(String file, long pid, List<String> arguments, List<String> argFileLines) {

        /** What follows the child's main class: its own program arguments. */
        List<String> programArguments() {
            int main = arguments.indexOf(ItEnv.CHILD_MAIN);
            return main < 0 ? null : arguments.subList(main + 1, arguments.size());
        }
    }

    public static List<CommandLine> commandLines(Path pidDir) {
        List<CommandLine> lines = new ArrayList<>();
        if (!Files.isDirectory(pidDir)) {
            return lines;
        }
        try (Stream<Path> files = Files.list(pidDir)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".cmdline")).sorted()::iterator) {
                CommandLine current = null;
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("pid ")) {
                        current = new CommandLine(file.getFileName().toString(), Long.parseLong(line.substring(4)),
                                new ArrayList<>(), new ArrayList<>());
                        lines.add(current);
                    } else if (current != null && line.startsWith("arg ")) {
                        current.arguments().add(line.substring(4));
                    } else if (current != null && line.startsWith("argfile ")) {
                        current.argFileLines().add(line.substring(8));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /**
     * Every fixture attempt recorded its child's command line; each names ChildMain followed by
     * the port alone, and neither it nor its argument files hold anything shaped like a token.
     */
    public static void assertNoTokenOnAnyChildCommandLine(HostRun run) {
        List<CommandLine> lines = commandLines(run.pidDir());
        int attempts = run.pids().attempts().values().stream().mapToInt(List::size).sum();
        assertEquals(attempts, lines.size(), () -> "one command line per fixture attempt: " + lines + "\n" + run.pids());
        for (CommandLine line : lines) {
            List<String> program = line.programArguments();
            assertTrue(program != null, () -> line.file() + ": not a Solo child: " + line.arguments());
            assertTrue(program.size() == 1 && program.get(0).matches("\\d{1,5}"),
                    () -> line.file() + ": ChildMain must get the port and nothing else, got " + program);
            List<String> everything = new ArrayList<>(line.arguments());
            everything.addAll(line.argFileLines());
            for (String text : everything) {
                Matcher hex = HEX_RUN.matcher(ARCHIVE_NAME.matcher(text).replaceAll("/<archive>"));
                if (hex.find()) {
                    // Named, not shown: it may be a real token.
                    fail(line.file() + " (pid " + line.pid() + "): a token-shaped run of hex digits on the command line: "
                            + hex.replaceAll("<hex digits>"));
                }
            }
        }
    }

    /** What {@code HandshakeTest} recorded: {@code port}, {@code from} (its local port) and {@code guess}. */
    public static Map<String, String> attempt(HostRun run) {
        Path file = run.pidDir().resolve("HandshakeTest.handshake");
        assertTrue(Files.isRegularFile(file), () -> "HandshakeTest did not record its attempt: " + file);
        try {
            List<String> lines = Files.readAllLines(file);
            assertEquals(1, lines.size(), () -> "one attempt: " + lines);
            Map<String, String> fields = new LinkedHashMap<>();
            for (String part : lines.get(0).split(" ")) {
                int eq = part.indexOf('=');
                fields.put(part.substring(0, eq), part.substring(eq + 1));
            }
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The host reported HandshakeTest's connection as refused, in one line naming where it came
     * from; no other connection was refused, and the guessed token appears nowhere in the output.
     */
    public static void assertRefusalReported(HostRun run, String hostOutput) {
        Map<String, String> attempt = attempt(run);
        String expected = "solo: refused a connection to the test JVM server from 127.0.0.1:" + attempt.get("from")
                + ": unknown or already used token";
        List<String> refusals = hostOutput.lines().filter(l -> l.contains("solo: refused")).toList();
        assertEquals(1, refusals.size(), () -> "one refusal, HandshakeTest's: " + refusals + "\n" + run.describe());
        assertTrue(refusals.get(0).endsWith(expected), () -> "expected '" + expected + "', got " + refusals);
        assertFalse(hostOutput.contains(attempt.get("guess")), "a refusal never repeats the token it was sent");
        assertFalse(reportsText(run).contains(attempt.get("guess")), "nor does a report");
    }

    private static String reportsText(HostRun run) {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(run.reportsDir())) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                text.append(Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
