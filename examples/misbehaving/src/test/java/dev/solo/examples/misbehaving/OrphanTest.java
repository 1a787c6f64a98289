package dev.solo.examples.misbehaving;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Tests that pass but leave a {@code sleep 987} behind, started each way a test can start one.
 * The sleep's second argument is a marker the integration test chooses per run (system
 * property {@code fixture.leak.marker} or environment variable {@code FIXTURE_LEAK_MARKER}, a
 * decimal fraction such as {@code 0.000123}: GNU sleep adds its arguments up) followed by a
 * digit per test ({@code 1} ProcessBuilder, {@code 2} Runtime.exec, {@code 3} a shell's
 * background job), so a leftover is told from every other run's and every other test's.
 */
class OrphanTest {

    static final String SECONDS = "987";

    static String marker(int test) {
        String marker = System.getProperty("fixture.leak.marker", System.getenv("FIXTURE_LEAK_MARKER"));
        return (marker == null ? "0.0" : marker) + test;
    }

    @Test
    void processBuilder() throws IOException {
        Pids.record("OrphanTest.processBuilder");
        Process sleep = new ProcessBuilder("sleep", SECONDS, marker(1))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Pids.recordExtra("OrphanTest.processBuilder", "sleep", sleep.pid());
    }

    @Test
    void runtimeExec() throws IOException {
        Pids.record("OrphanTest.runtimeExec");
        Process sleep = Runtime.getRuntime().exec(new String[] {"sleep", SECONDS, marker(2)});
        Pids.recordExtra("OrphanTest.runtimeExec", "sleep", sleep.pid());
    }

    /** The shell exits at once: its sleep is re-parented (to init or a subreaper) while the test still runs. */
    @Test
    void shellBackground() throws Exception {
        Pids.record("OrphanTest.shellBackground");
        Process shell = new ProcessBuilder("sh", "-c", "sleep " + SECONDS + " " + marker(3) + " >/dev/null 2>&1 &")
                .start();
        shell.waitFor();
    }
}
