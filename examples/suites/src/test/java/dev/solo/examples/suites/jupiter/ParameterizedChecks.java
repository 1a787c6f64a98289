package dev.solo.examples.suites.jupiter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.examples.suites.steps.PidLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParameterizedChecks {

    @BeforeEach
    void recordJvm(TestInfo test) {
        PidLog.record("ParameterizedChecks." + test.getTestMethod().orElseThrow().getName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "bb", "ccc"})
    void isNotBlank(String text) {
        assertTrue(!text.isBlank());
    }
}
