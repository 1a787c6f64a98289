package dev.solo.examples.conformance;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A class template (JUnit 5.13+): 2 invocations of 3 tests, a parameterized test and a nested class. */
@ParameterizedClass
@ValueSource(strings = {"a", "b"})
class ClassTemplateTest {

    @Parameter
    String value;

    @Test
    void first() {
    }

    @Test
    void second() {
        assertNotEquals("b", value, "the second invocation fails on purpose");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void third(int n) {
    }

    @Nested
    class InTemplate {
        @Test
        void nested() {
        }
    }
}
