package dev.solo.examples.it;

import static dev.solo.examples.it.support.SoloAssertions.assertNothingLeftBehind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Memory per test JVM as a user meets it, with {@code solo.jar run}: four tests that each hold
 * 300 MB of heap. A first run at {@code -j 4} measures them (JSON events, JUnit XML properties);
 * a second, under a {@code test-memory} budget that fits two of what the first measured, runs
 * them two at a time from what the record learned (no {@code memory} setting anywhere), none
 * killed, and lists them by peak RSS at its end.
 */
@Tag("cli")
class CliMemoryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOG = ItEnv.FIXTURES + "MemoryHogTest#";
    private static final long MB = 1L << 20;

    @Test
    void measuredPeaksAreReportedAndABudgetThatFitsTwoRunsFourTwoAtATime() throws IOException {
        Path work = ItEnv.newWorkDir("memory-work");
        Path cache = ItEnv.newWorkDir("memory-cache");
        Files.createDirectories(work.resolve(".config"));
        // The heap the tests need, set by the user as any JVM option: Solo never changes a test JVM's -Xmx.
        Files.writeString(work.resolve(".config/solo.toml"), "[profile.default]\njvm-args = [\"-Xmx700m\"]\n"
                + "class-data-sharing = false\n");

        HostRun measured = solo("memory-measure", work, cache, "run", "-cp", CliArtifactsTest.classPath(),
                "--scan-class-path=" + CliArtifactsTest.jar(), "-E", "test(~MemoryHogTest)", "-j", "4",
                "--test-memory", "none", "--message-format", "json");
        assertEquals(0, measured.exitCode(), measured.describe());
        Map<String, Long> peaks = new TreeMap<>();
        for (String test : List.of("first()", "second()", "third()", "fourth()")) {
            JsonNode memory = CliArtifactsTest.attemptFinished(measured, HOG + test).path("memory");
            long rss = memory.path("peak-rss-bytes").asLong(-1);
            assertTrue(rss >= 300 * MB && rss < 1500 * MB, memory::toString);
            assertTrue(memory.path("peak-heap-bytes").asLong(-1) >= 300 * MB, memory::toString);
            assertTrue(memory.path("gc-count").asLong(-1) >= 0 && memory.path("gc-ms").asLong(-1) >= 0,
                    memory::toString);
            peaks.put(test, rss);
        }
        String xml = Files.readString(work.resolve("target/solo/default/junit.xml"));
        assertTrue(xml.contains("<property name=\"solo.peak-rss-bytes\" value=\"" + peaks.get("first()") + "\"/>"), xml);
        assertTrue(xml.contains("<property name=\"solo.peak-heap-bytes\""), xml);

        // Fits the two largest with room to spare, never three.
        List<Long> sorted = new ArrayList<>(peaks.values());
        sorted.sort(null);
        long budget = sorted.get(2) + sorted.get(3) + sorted.get(0) / 2;
        assertTrue(budget < sorted.get(0) + sorted.get(1) + sorted.get(2), () -> "peaks too far apart: " + peaks);
        Path holds = ItEnv.newWorkDir("memory-holds");
        HostRun budgeted = Host.solo("memory-budget", List.of("run", "-cp", CliArtifactsTest.classPath(),
                "--scan-class-path=" + CliArtifactsTest.jar(), "-E", "test(~MemoryHogTest)", "-j", "4",
                "--test-memory", String.valueOf(budget), "--show-memory", "4", "--color", "never"))
                .directory(work).env("SOLO_CACHE_DIR", cache.toString()).env("MEMORY_HOG_DIR", holds.toString())
                .timeout(Duration.ofMinutes(2)).run();
        String out = budgeted.stdoutText();
        assertEquals(0, budgeted.exitCode(), budgeted.describe());
        assertTrue(out.contains("4 tests run: 4 passed"), out);
        List<long[]> spans = new ArrayList<>();
        for (String line : Files.readAllLines(holds.resolve("holds.txt"))) {
            String[] f = line.split(" ");
            spans.add(new long[] { Long.parseLong(f[1]), Long.parseLong(f[2]) });
        }
        assertEquals(4, spans.size(), "each held its heap once: none was killed and retried");
        assertEquals(2, mostAtOnce(spans), () -> "the budget fits two of four at -j 4: " + out);
        assertTrue(out.contains("Memory top 4 tests by peak RSS (of 4 measured):"), out);
        for (String test : peaks.keySet()) {
            assertTrue(out.lines().anyMatch(l -> l.matches(" +\\d+ MiB +heap \\d+ MiB.*" + java.util.regex.Pattern.quote(
                    HOG + test))), out);
        }
        HostRun info = solo("memory-info", work, cache, "store", "info");
        assertEquals(0, info.exitCode(), info.describe());
        assertTrue(info.stdoutText().contains("by peak RSS (of 4 measured)"), info.stdoutText());
        assertNothingLeftBehind(budgeted, Duration.ofSeconds(10));
    }

    private static int mostAtOnce(List<long[]> spans) {
        int most = 0;
        for (long[] span : spans) {
            int at = 0;
            for (long[] other : spans) {
                if (other[0] <= span[0] && span[0] < other[1]) {
                    at++;
                }
            }
            most = Math.max(most, at);
        }
        return most;
    }

    private static HostRun solo(String name, Path work, Path cache, String... args) {
        return CliArtifactsTest.solo(name, work, cache, args);
    }
}
