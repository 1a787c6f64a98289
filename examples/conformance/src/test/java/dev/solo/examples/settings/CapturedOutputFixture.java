package dev.solo.examples.settings;

import org.junit.jupiter.api.Test;

/**
 * Prints to both streams: with {@code junit.platform.output.capture.stdout/stderr} each line is
 * one report entry of this test, with Solo on as without. Named so that no scan picks it up.
 */
class CapturedOutputFixture {

    @Test
    void prints() {
        System.out.println("captured line on stdout");
        System.err.println("captured line on stderr");
    }
}
