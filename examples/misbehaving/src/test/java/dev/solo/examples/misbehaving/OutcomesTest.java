package dev.solo.examples.misbehaving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One of each ordinary JUnit outcome. Uses only APIs that exist in JUnit 5.10, so it also runs
 * under an old (Platform 1.10) host. Results must be identical with and without Solo.
 */
@Tag("outcomes")
class OutcomesTest {

    @Test
    void passes() {
        Pids.record("OutcomesTest.passes");
    }

    @Test
    @DisplayName("passes with a display name")
    void passesWithDisplayName() {
        Pids.record("OutcomesTest.passesWithDisplayName");
    }

    @Test
    @Disabled("disabled on purpose: fixture for SKIPPED")
    void disabled() {
        Pids.record("OutcomesTest.disabled");
        fail("a disabled test must never run");
    }

    @Test
    void aborted() {
        Pids.record("OutcomesTest.aborted");
        Assumptions.assumeTrue(false, "aborted on purpose: assumption not met");
    }

    @Test
    void failsWithMessage() {
        Pids.record("OutcomesTest.failsWithMessage");
        fail("deliberate failure: the answer was wrong");
    }

    @Test
    void failsAssertEquals() {
        Pids.record("OutcomesTest.failsAssertEquals");
        assertEquals(42, 41, "the answer");
    }

    @Tag("params")
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void parameterized(int n) {
        Pids.record("OutcomesTest.parameterized[" + n + "]");
        assertTrue(n > 0);
    }

    @Nested
    class Inner {
        @Test
        void innerPasses() {
            Pids.record("OutcomesTest.Inner.innerPasses");
        }
    }
}
