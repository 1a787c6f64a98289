package dev.solo.examples.misbehaving;

import org.junit.jupiter.api.Test;

/** Three slow tests for a test group with {@code max-threads = 1}: in it, no two may overlap. */
class GroupedTest {

    @Test
    void first() throws InterruptedException {
        Timed.hold("GroupedTest.first");
    }

    @Test
    void second() throws InterruptedException {
        Timed.hold("GroupedTest.second");
    }

    @Test
    void third() throws InterruptedException {
        Timed.hold("GroupedTest.third");
    }
}
