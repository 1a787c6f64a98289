package dev.solo.examples.misbehaving;

import org.junit.jupiter.api.Test;

/**
 * For the hosts' live view of a run: one test that runs long enough to be seen running, and
 * records when its body starts and ends ({@code start=}/{@code end=}, ms since the epoch).
 */
class LongRunningTest {

    static final long MILLIS = 1_500;

    @Test
    void takesOneAndAHalfSeconds() throws InterruptedException {
        String name = "LongRunningTest.takesOneAndAHalfSeconds";
        Pids.record(name);
        Pids.recordExtra(name, "start", System.currentTimeMillis());
        Thread.sleep(MILLIS);
        Pids.recordExtra(name, "end", System.currentTimeMillis());
    }
}
