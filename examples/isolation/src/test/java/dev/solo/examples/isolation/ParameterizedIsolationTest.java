package dev.solo.examples.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A whole {@code @ParameterizedTest} runs in one child JVM: its invocations see each other's
 * state (that is what makes invocation 2 see one earlier value), but the two parameterized
 * tests do not see each other. In a shared JVM the second container starts with three values
 * already recorded and fails.
 */
class ParameterizedIsolationTest {

    static final List<Integer> SEEN = new ArrayList<>();

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void squares(int n) {
        assertEquals(n - 1, SEEN.size(), "values recorded before invocation " + n + ": " + SEEN);
        SEEN.add(n * n);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void cubes(int n) {
        assertEquals(n - 1, SEEN.size(), "values recorded before invocation " + n + ": " + SEEN);
        SEEN.add(n * n * n);
    }
}
