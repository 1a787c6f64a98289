package dev.solo.examples.misbehaving;

import org.junit.jupiter.api.Test;

/** Slow tests that hold nothing: beside the locked ones, they do run in parallel. */
class UnlockedTest {

    @Test
    void first() throws InterruptedException {
        Timed.hold("UnlockedTest.first");
    }

    @Test
    void second() throws InterruptedException {
        Timed.hold("UnlockedTest.second");
    }
}
