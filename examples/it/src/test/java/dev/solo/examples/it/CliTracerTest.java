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
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code solo run --tracer jfr} records one test's JVM into its artifact folder: a Flight
 * Recording the JDK's own {@code jfr} tool reads. That more than one test, or an unknown tracer,
 * is an error is the launcher's {@code TracerOptionTest}: no JVM starts for it.
 */
@Tag("cli")
class CliTracerTest {

    @Test
    void tracerJfrLeavesARecordingThatJfrSummaryReads() throws IOException {
        Path work = ItEnv.newWorkDir("tracer-work");
        Path cache = ItEnv.newWorkDir("tracer-cache");
        HostRun run = CliArtifactsTest.solo("tracer-run", work, cache, "run", "-cp", CliArtifactsTest.classPath(),
                "--scan-class-path=" + CliArtifactsTest.jar(), "-E", "test(~OutcomesTest) & method(=passes)",
                "--tracer", "jfr", "--message-format", "json");
        JsonNode attempt = CliArtifactsTest.attemptFinished(run, ItEnv.FIXTURES + "OutcomesTest#passes()");
        Path recording = Path.of(attempt.path("artifacts").path(0).asText());
        try {
            assertEquals(0, run.exitCode(), run.describe());
            assertEquals(1, attempt.path("artifacts").size(), attempt.toString());
            assertEquals("recording.jfr", recording.getFileName().toString());
            HostRun summary = jfrSummary(recording);
            assertEquals(0, summary.exitCode(), summary.describe());
            assertTrue(summary.stdoutText().contains("jdk.JVMInformation"), summary.stdoutText());
            // The Platform's own events, which a child otherwise keeps JFR from loading for.
            assertTrue(summary.stdoutText().contains("org.junit.TestExecution"), summary.stdoutText());
            assertNothingLeftBehind(run, Duration.ofSeconds(10));
        } finally {
            delete(recording.getParent().getParent().getParent());
        }
    }

    /** {@code jfr summary FILE}, with the JDK the ITs run. */
    static HostRun jfrSummary(Path recording) {
        Path jfr = ItEnv.java().getParent().resolve("jfr");
        return Host.command("jfr-summary", List.of(jfr.toString(), "summary", recording.toString()))
                .timeout(Duration.ofMinutes(1)).run();
    }

    private static void delete(Path runFolder) throws IOException {
        if (!runFolder.getFileName().toString().startsWith("solo-artifacts-")) {
            return;
        }
        try (Stream<Path> files = Files.walk(runFolder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
