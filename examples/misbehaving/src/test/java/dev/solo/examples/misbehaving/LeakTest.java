package dev.solo.examples.misbehaving;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Tests that pass but leave things running behind them. */
class LeakTest {

    @Test
    void leaksSleepProcess() throws IOException {
        Pids.record("LeakTest.leaksSleepProcess");
        Process sleep = new ProcessBuilder("sleep", "300")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Pids.recordExtra("LeakTest.leaksSleepProcess", "sleep", sleep.pid());
        // ...and forget about it.
    }

    @Test
    void leaksNonDaemonThread() {
        Pids.record("LeakTest.leaksNonDaemonThread");
        Thread thread = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException ignored) {
                    // Never ends: keeps a plain JVM from exiting after main() returns.
                }
            }
        }, "leaked-non-daemon");
        thread.setDaemon(false);
        thread.start();
    }
}
