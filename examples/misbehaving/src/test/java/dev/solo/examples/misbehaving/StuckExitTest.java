package dev.solo.examples.misbehaving;

import org.junit.jupiter.api.Test;

/** A test that passes and registers a shutdown hook that never returns: its JVM cannot exit. */
class StuckExitTest {

    @Test
    void registersAHookThatNeverReturns() {
        Pids.record("StuckExitTest.registersAHookThatNeverReturns");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException ignored) {
                    // never returns
                }
            }
        }, "fixture-stuck-hook"));
    }
}
