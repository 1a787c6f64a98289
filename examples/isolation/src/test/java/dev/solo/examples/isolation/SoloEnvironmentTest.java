package dev.solo.examples.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a test can see about the Solo run it is part of (see PRODUCT.md, "What a test sees"). */
class SoloEnvironmentTest {

    @Test
    void runsUnderSolo() {
        assertEquals("1", System.getenv("SOLO"), "not running in a Solo child JVM");
        assertEquals("process-per-test", System.getenv("SOLO_EXECUTION_MODE"));
        assertNotNull(UUID.fromString(System.getenv("SOLO_RUN_ID")));
    }

    @Test
    void knowsItsOwnName() {
        assertEquals("dev.solo.examples.isolation.SoloEnvironmentTest#knowsItsOwnName()",
                System.getenv("SOLO_TEST_NAME"));
        assertEquals(System.getenv("SOLO_TEST_NAME"), System.getProperty("solo.test.name"));
        assertEquals("1", System.getenv("SOLO_ATTEMPT"));
        assertEquals("1", System.getProperty("solo.attempt"));
    }

    @Test
    void seesTheRunIdAsPropertyToo() {
        assertEquals("1", System.getenv("SOLO"));
        assertEquals(System.getenv("SOLO_RUN_ID"), System.getProperty("solo.run.id"));
        assertEquals(System.getenv("SOLO_TEST_ID"), System.getProperty("solo.test.id"));
    }
}
