package dev.solo.examples.misbehaving;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Gathers state across its tests and checks it in {@code @AfterAll}: passes in one JVM, fails
 * under per-test isolation, where each test's JVM has seen only that test. Solo's message must
 * say that isolation is the cause and {@code solo.isolation=class} the way out.
 */
class SharedStateTest {

    static final List<String> visited = new ArrayList<>();

    @Test
    void first() {
        Pids.record("SharedStateTest.first");
        visited.add("first");
    }

    @Test
    void second() {
        Pids.record("SharedStateTest.second");
        visited.add("second");
    }

    @AfterAll
    static void bothTestsRanHere() {
        assertEquals(2, visited.size(), "tests seen by this class: " + visited);
    }
}
