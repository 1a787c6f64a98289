package dev.solo.examples.it;

import static dev.solo.examples.it.support.SoloAssertions.assertNothingLeftBehind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a test's JVM leaves in its {@code SOLO_ARTIFACT_DIR} is kept: a heap dump of a test that ran
 * out of memory (on by default), a file the test wrote there. Named in the JSON events, the JUnit
 * XML (Surefire's attachment lines) and the failure's output; kept in the store, listed by
 * {@code solo store info} and extracted by {@code solo replay --artifacts}.
 */
@Tag("cli")
class CliArtifactsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILLS = ItEnv.FIXTURES + "ArtifactsTest#fillsTheHeap()";
    private static final String LEAVES = ItEnv.FIXTURES + "ArtifactsTest#leavesAFile()";

    /** The runs' artifact folders in the temporary folder, which outlive their runs by design. */
    private final List<Path> kept = new ArrayList<>();

    @Test
    void aHeapDumpAndAFileATestLeftAreKeptNamedAndExtracted() throws IOException {
        Path work = ItEnv.newWorkDir("artifacts-work");
        Path cache = ItEnv.newWorkDir("artifacts-cache");
        Files.createDirectories(work.resolve(".config"));
        // The override traces the one test it matches, with timeouts as they are.
        Files.writeString(work.resolve(".config/solo.toml"), "[profile.default]\njvm-args = [\"-Xmx32m\"]\n"
                // No class-data archive to make on this one run of a fresh cache: seconds the test is not about.
                + "class-data-sharing = false\n"
                + "[[profile.default.overrides]]\nfilter = 'test(~leavesAFile)'\ntracer = \"jfr\"\n");

        HostRun run = solo("artifacts-run", work, cache, "run", "-cp", classPath(), "--scan-class-path=" + jar(),
                "-E", "test(~ArtifactsTest)", "--message-format", "json");
        assertEquals(100, run.exitCode(), run.describe());
        JsonNode fills = attemptFinished(run, FILLS);
        JsonNode leaves = attemptFinished(run, LEAVES);
        Path dump = Path.of(fills.path("artifacts").path(0).asText());
        assertEquals(2, leaves.path("artifacts").size(), leaves.toString());
        Path recording = Path.of(leaves.path("artifacts").path(0).asText());
        Path screenshot = Path.of(leaves.path("artifacts").path(1).asText());
        kept.add(screenshot.getParent().getParent().getParent());
        // JUnit rethrows an OutOfMemoryError: the test's JVM dies of it, as it would without Solo.
        assertEquals("crashed", fills.path("status").asText(), run.describe());
        assertEquals("passed", leaves.path("status").asText(), leaves.toString());

        assertEquals(1, fills.path("artifacts").size(), fills.toString());
        assertTrue(dump.getFileName().toString().matches("java_pid\\d+\\.hprof"), dump.toString());
        assertTrue(startsWith(dump, "JAVA PROFILE"), dump + " is no heap dump");
        assertEquals("what the screen showed\n", Files.readString(screenshot));
        assertEquals("recording.jfr", recording.getFileName().toString());
        assertEquals(0, CliTracerTest.jfrSummary(recording).exitCode(), recording.toString());
        assertTrue(fills.path("stderr").asText().contains("solo: heap dump of " + FILLS + " attempt 1: " + dump),
                fills.path("stderr").asText());

        Path junit = work.resolve("target/solo/default/junit.xml");
        String xml = Files.readString(junit);
        assertTrue(xml.contains("[[ATTACHMENT|" + screenshot + "]]"), xml);
        assertTrue(xml.contains("[[ATTACHMENT|" + dump + "]]"), xml);

        HostRun info = solo("artifacts-info", work, cache, "store", "info");
        assertEquals(0, info.exitCode(), info.describe());
        assertTrue(Pattern.compile("(?m)^ +" + Pattern.quote(FILLS) + " +attempt 1 +java_pid\\d+\\.hprof +\\d")
                .matcher(info.stdoutText()).find(), info.stdoutText());
        assertTrue(info.stdoutText().contains(LEAVES + "  attempt 1  screenshot.txt  "), info.stdoutText());

        Path out = work.resolve("extracted");
        HostRun replay = solo("artifacts-replay", work, cache, "replay", "--artifacts", out.toString());
        assertEquals(0, replay.exitCode(), replay.describe());
        assertTrue(replay.stderrText().contains("3 artifacts of run "), replay.describe());
        assertTrue(replay.stderrText().contains("extracted to " + out), replay.describe());
        Path extractedDump = out.resolve(dump.getParent().getParent().getFileName()).resolve("1").resolve(dump.getFileName());
        assertTrue(startsWith(extractedDump, "JAVA PROFILE"), replay.describe());
        assertEquals(Files.size(dump), Files.size(extractedDump));
        assertEquals("what the screen showed\n", Files.readString(out.resolve(
                screenshot.getParent().getParent().getFileName()).resolve("1/screenshot.txt")));
        assertNothingLeftBehind(run, Duration.ofSeconds(10));
    }

    @AfterEach
    void removeKeptArtifacts() throws IOException {
        for (Path folder : kept) {
            if (!folder.getFileName().toString().startsWith("solo-artifacts-")) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    static JsonNode attemptFinished(HostRun run, String name) throws IOException {
        for (String line : run.stdoutText().lines().toList()) {
            JsonNode event = JSON.readTree(line);
            if (event.path("type").asText().equals("attempt-finished") && event.path("name").asText().equals(name)) {
                return event;
            }
        }
        throw new AssertionError("no attempt-finished event of " + name + ": " + run.describe());
    }

    static boolean startsWith(Path file, String text) throws IOException {
        byte[] expected = text.getBytes(StandardCharsets.US_ASCII);
        try (InputStream in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(expected, in.readNBytes(expected.length));
        }
    }

    static HostRun solo(String name, Path work, Path cache, String... args) {
        return Host.solo(name, List.of(args)).directory(work).env("SOLO_CACHE_DIR", cache.toString())
                .timeout(Duration.ofMinutes(2)).run();
    }

    static String jar() {
        return ItEnv.fixturesTestJar().toString();
    }

    static String classPath() {
        return Stream.concat(Stream.of(jar()), ItEnv.junitJars().stream()).collect(Collectors.joining(File.pathSeparator));
    }
}
