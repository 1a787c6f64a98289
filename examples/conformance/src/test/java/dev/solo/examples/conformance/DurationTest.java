package dev.solo.examples.conformance;

import org.junit.jupiter.api.Test;

/**
 * A test that takes a known time: each host must report at least {@link #SLEEP_MILLIS} for it,
 * with Solo on as without (a duration of ~0 is what replaying a test's events at once gives).
 */
class DurationTest {
    static final long SLEEP_MILLIS = 300;

    @Test
    void sleeps() throws InterruptedException {
        Thread.sleep(SLEEP_MILLIS);
    }
}
