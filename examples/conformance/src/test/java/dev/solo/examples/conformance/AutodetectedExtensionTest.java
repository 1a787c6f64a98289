package dev.solo.examples.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Passes only where the extension listed in {@code META-INF/services} was auto-detected: with
 * {@code junit.jupiter.extensions.autodetection.enabled=true}, in the host and in a test's JVM alike.
 */
class AutodetectedExtensionTest {

    @Test
    void theAutodetectedExtensionRan() {
        assertEquals("yes", System.getProperty(MarkingExtension.PROPERTY));
    }
}
