package dev.solo.examples.misbehaving;

import org.junit.jupiter.api.Test;

/**
 * A test whose JVM dies without a word after a shell's background job was re-parented away from
 * it: its {@code sleep 987 <marker>4} (see {@link OrphanTest}) is no one's descendant, and the
 * JVM is not there to name it.
 */
class CrashingOrphanTest {

    @Test
    void haltsAfterLeavingAnOrphan() throws Exception {
        Pids.record("CrashingOrphanTest.haltsAfterLeavingAnOrphan");
        Process shell = new ProcessBuilder("sh", "-c",
                "sleep " + OrphanTest.SECONDS + " " + OrphanTest.marker(4) + " >/dev/null 2>&1 &").start();
        shell.waitFor();
        Runtime.getRuntime().halt(3);
    }
}
