package dev.solo.examples.suites.jupiter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParameterizedChecks {

    @ParameterizedTest
    @ValueSource(strings = {"a", "bb", "ccc"})
    void isNotBlank(String text) {
        assertTrue(!text.isBlank());
    }
}
