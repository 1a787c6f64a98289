package dev.solo.examples.misbehaving;

import org.junit.jupiter.api.Test;

/**
 * Tests that take their JVM down. Without Solo, {@code exitsWithCode3} ends the whole test run;
 * with Solo only that test fails ("JVM exited with code 3") and the others keep running.
 */
class CrashTest {

    @Test
    void exitsWithCode3() {
        Pids.record("CrashTest.exitsWithCode3");
        System.exit(3);
    }

    @Test
    void haltsWithCode7() {
        Pids.record("CrashTest.haltsWithCode7");
        // No shutdown hooks, no flushing: the JVM just stops.
        Runtime.getRuntime().halt(7);
    }

    @Test
    void overflowsTheStack() {
        Pids.record("CrashTest.overflowsTheStack");
        recurse(0);
    }

    @Test
    void survivesItsNeighbours() {
        Pids.record("CrashTest.survivesItsNeighbours");
    }

    private static int recurse(int depth) {
        // StackOverflowError is an ordinary Throwable to JUnit: reported as a failure, JVM survives.
        return recurse(depth + 1) + 1;
    }
}
