package dev.solo.examples.suites.jupiter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.solo.examples.suites.steps.Failure;
import dev.solo.examples.suites.steps.PidLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlainChecks {

    @BeforeEach
    void recordJvm(TestInfo test) {
        PidLog.record("PlainChecks." + test.getTestMethod().orElseThrow().getName());
    }

    @Test
    void adds() {
        assertEquals(4, 2 + 2);
    }

    @Test
    @DisplayName("concatenates, or fails when asked")
    void concatenates() {
        assertEquals(Failure.wanted() ? "ab!" : "ab", "a" + "b", "SUITES_FAIL=1 asked for this failure");
    }
}
