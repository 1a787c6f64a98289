package dev.solo.examples.misbehaving;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

/** Fails on Solo's first attempt, passes on any retry (and when run without Solo). */
class FlakyTest {

    @Test
    void failsOnFirstAttempt() {
        Pids.record("FlakyTest.failsOnFirstAttempt");
        String attempt = System.getenv("SOLO_ATTEMPT");
        if ("1".equals(attempt)) {
            fail("flaky: failing on attempt " + attempt + " of " + System.getenv("SOLO_TOTAL_ATTEMPTS"));
        }
    }
}
