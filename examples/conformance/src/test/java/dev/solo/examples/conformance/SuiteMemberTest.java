package dev.solo.examples.conformance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reached directly and through {@link PlatformSuiteTest}. */
class SuiteMemberTest {

    @Test
    void member() {
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void parameterizedMember(int n) {
    }
}
