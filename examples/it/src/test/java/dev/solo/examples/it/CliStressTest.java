package dev.solo.examples.it;

import static dev.solo.examples.it.support.SoloAssertions.assertNothingLeftBehind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code solo run --stress-count N}: a test that fails about one run in five, run 50 times, each
 * in a JVM of its own, in parallel on every test thread: the events carry each run's index, the
 * failure rate comes out near 20 %, and as many runs overlap as there are threads.
 */
@Tag("cli")
class CliStressTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEST = ItEnv.FIXTURES + "SometimesFailingTest#failsOneTimeInFive()";
    private static final int THREADS = 2;

    @Test
    void fiftyRunsInParallelFailAboutOneInFive() throws IOException {
        Path work = ItEnv.newWorkDir("stress-work");
        Path cache = ItEnv.newWorkDir("stress-cache");
        HostRun run = CliArtifactsTest.solo("stress-run", work, cache, "run", "-cp", CliArtifactsTest.classPath(),
                "--scan-class-path=" + CliArtifactsTest.jar(), "-E", "test(~SometimesFailingTest)",
                "--stress-count", "50", "-j", String.valueOf(THREADS), "--message-format", "json");
        List<JsonNode> events = new ArrayList<>();
        for (String line : run.stdoutText().lines().toList()) {
            events.add(JSON.readTree(line));
        }
        Set<Integer> indexes = new HashSet<>();
        int failed = 0;
        int running = 0;
        int mostAtOnce = 0;
        for (JsonNode event : events) {
            String type = event.path("type").asText();
            if (type.equals("test-started")) {
                assertEquals(TEST, event.path("name").asText(), event::toString);
                assertEquals(50, event.path("stress-count").asInt(), event::toString);
                mostAtOnce = Math.max(mostAtOnce, ++running);
            }
            if (type.equals("test-finished")) {
                running--;
                assertTrue(indexes.add(event.path("stress-index").asInt()), event::toString);
                if (event.path("status").asText().equals("failed")) {
                    failed++;
                }
            }
        }
        assertEquals(50, indexes.size(), run::describe);
        assertTrue(indexes.stream().allMatch(i -> i >= 1 && i <= 50), indexes::toString);
        // Binomial(50, 0.2): 10 expected; outside 2..20 about once in thousands of runs.
        assertTrue(failed >= 2 && failed <= 20, failed + " of 50 failed: " + run.describe());
        assertEquals(THREADS, mostAtOnce, "runs at once, from the events' order: " + run.describe());
        assertEquals(100, run.exitCode(), run.describe());
        assertNothingLeftBehind(run, Duration.ofSeconds(10));
    }

    /**
     * A timed stress run adds a round each time the queue runs empty while time is left: both
     * threads stay busy, indexes go on without a count, and the record (whose later rounds join
     * it as the run goes) replays every run.
     */
    @Test
    void aDurationKeepsEveryThreadBusyUntilTheTimeIsUpAndTheRecordReplaysEachRun() throws IOException {
        Path work = ItEnv.newWorkDir("stress-timed-work");
        Path cache = ItEnv.newWorkDir("stress-timed-cache");
        long start = System.nanoTime();
        HostRun run = CliArtifactsTest.solo("stress-timed", work, cache, "run", "-cp", CliArtifactsTest.classPath(),
                "--scan-class-path=" + CliArtifactsTest.jar(), "-E", "test(~SometimesFailingTest)",
                "--stress-duration", "4s", "-j", String.valueOf(THREADS), "--message-format", "json");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Set<Integer> indexes = new HashSet<>();
        int running = 0;
        int mostAtOnce = 0;
        for (String line : run.stdoutText().lines().toList()) {
            JsonNode event = JSON.readTree(line);
            String type = event.path("type").asText();
            if (type.equals("test-started")) {
                assertTrue(event.path("stress-count").isMissingNode(), event::toString);
                mostAtOnce = Math.max(mostAtOnce, ++running);
            }
            if (type.equals("test-finished")) {
                running--;
                indexes.add(event.path("stress-index").asInt());
            }
        }
        assertTrue(indexes.size() > THREADS, "runs in 4 s: " + indexes + " " + run.describe());
        assertEquals(indexes.size(), indexes.stream().mapToInt(Integer::intValue).max().orElse(0), indexes::toString);
        assertEquals(THREADS, mostAtOnce, run::describe);
        assertTrue(took.compareTo(Duration.ofSeconds(4)) > 0, took::toString);
        assertNothingLeftBehind(run, Duration.ofSeconds(10));

        HostRun replay = CliArtifactsTest.solo("stress-timed-replay", work, cache, "replay", "--no-pager", "--color",
                "never");
        assertEquals(0, replay.exitCode(), replay.describe());
        for (int index : indexes) {
            assertTrue(replay.stdoutText().contains("[" + index + "] " + TEST.replace('#', ' ')), replay.describe());
        }
    }

    @Test
    void summarySaysEachTestsRunsAndTheReportNamesEachRun() throws IOException {
        Path work = ItEnv.newWorkDir("stress-human-work");
        Path cache = ItEnv.newWorkDir("stress-human-cache");
        HostRun run = CliArtifactsTest.solo("stress-human", work, cache, "run", "-cp", CliArtifactsTest.classPath(),
                "--scan-class-path=" + CliArtifactsTest.jar(), "-E", "test(~SometimesFailingTest)",
                "--stress-count", "10", "-j", String.valueOf(THREADS));
        String out = run.stdoutText();
        Matcher summary = Pattern.compile("Stress " + Pattern.quote(TEST)
                + ": 10 runs, (\\d+) passed, (\\d+) failed, 0 flaky \\((\\d+\\.\\d)% failing\\); fastest (\\S+)s, slowest (\\S+)s")
                .matcher(out);
        assertTrue(summary.find(), run.describe());
        int failed = Integer.parseInt(summary.group(2));
        assertEquals(10, Integer.parseInt(summary.group(1)) + failed, out);
        assertEquals(failed * 10.0, Double.parseDouble(summary.group(3)), 0.01, out);
        assertTrue(Double.parseDouble(summary.group(4)) <= Double.parseDouble(summary.group(5)), out);
        assertEquals(failed > 0, out.contains("first failure, run "), out);
        assertEquals(failed > 0 ? 100 : 0, run.exitCode(), run.describe());
        String xml = Files.readString(work.resolve("target/solo/default/junit.xml"));
        for (int i = 1; i <= 10; i++) {
            assertTrue(xml.contains("name=\"failsOneTimeInFive [stress " + i + "/10]\""), xml);
        }
        assertNothingLeftBehind(run, Duration.ofSeconds(10));
    }
}
