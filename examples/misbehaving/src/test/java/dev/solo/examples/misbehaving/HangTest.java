package dev.solo.examples.misbehaving;

import org.junit.jupiter.api.Test;

/**
 * A test that never finishes and ignores interrupts, so only killing its JVM stops it.
 * It sleeps rather than spins, to be kind to small CI machines.
 */
class HangTest {

    @Test
    void hangsIgnoringInterrupts() {
        Pids.record("HangTest.hangsIgnoringInterrupts");
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException ignored) {
                // Swallow it and keep hanging.
            }
        }
    }
}
