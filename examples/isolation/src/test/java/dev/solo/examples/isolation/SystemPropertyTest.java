package dev.solo.examples.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Both tests set a system property and neither cleans up. Each first asserts the property is
 * absent, so whichever runs second in a shared JVM fails, whatever the order.
 */
class SystemPropertyTest {

    private static final String KEY = "example.region";

    @Test
    void europe() {
        assertNull(System.getProperty(KEY), "a previous test in this JVM leaked " + KEY);
        System.setProperty(KEY, "eu-west-1");
        assertEquals("eu-west-1", System.getProperty(KEY));
    }

    @Test
    void america() {
        assertNull(System.getProperty(KEY), "a previous test in this JVM leaked " + KEY);
        System.setProperty(KEY, "us-east-1");
        assertEquals("us-east-1", System.getProperty(KEY));
    }
}
