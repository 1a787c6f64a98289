package dev.solo.examples.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Jupiter's constructs, each with the status JUnit gives it; those that fail do so on purpose. */
class JupiterConstructsTest {

    @Test
    void passes() {
    }

    @Test
    void fails() {
        fail("fails on purpose");
    }

    @Test
    @Disabled("disabled on purpose")
    void disabled() {
    }

    @Test
    void aborted() {
        assumeTrue(false, "aborted on purpose");
    }

    @Test
    void tempDir(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("file"), "content");
        assertEquals("content", Files.readString(dir.resolve("file")));
    }

    @Test
    @DisplayName("a display name with ✓ and spaces")
    void displayName() {
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void positive(int n) {
        assertTrue(n < 3, "the third value fails on purpose");
    }

    @RepeatedTest(2)
    void repeated() {
    }

    @TestFactory
    Stream<DynamicNode> factory() {
        return Stream.of(
                dynamicTest("one", () -> { }),
                dynamicContainer("box", Stream.of(
                        dynamicTest("two", () -> { }),
                        dynamicContainer("inner box", Stream.of(
                                dynamicTest("three", () -> fail("a dynamic test fails on purpose")))))));
    }

    @Nested
    class Inner {
        @Test
        void nestedPasses() {
        }

        @ParameterizedTest
        @ValueSource(strings = {"x", "y"})
        void nestedParameterized(String s) {
        }
    }
}
