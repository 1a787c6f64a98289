package dev.solo.examples.misbehaving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * Allocates near the heap's limits, as a default JVM allows: one 4 GiB array, and one array of
 * nine tenths of the heap. A child JVM whose start-up options shrink what the heap can hold
 * (the serial collector keeps a third of it for the young generation) fails here with
 * {@code OutOfMemoryError} where a default JVM passes.
 */
class LargeHeapTest {

    private static final long GIB = 1L << 30;

    @Test
    void allocatesFourGibibytesInOneArray() {
        Pids.record("LargeHeapTest.allocatesFourGibibytesInOneArray");
        long max = Runtime.getRuntime().maxMemory();
        assumeTrue(max >= 5 * GIB, () -> "needs a heap of 5 GiB or more; this JVM's is " + (max >> 20) + " MiB");
        long[] array = new long[(int) (4 * GIB / Long.BYTES)];
        array[array.length - 1] = 1;
        assertEquals(1, array[array.length - 1]);
    }

    @Test
    void allocatesNineTenthsOfTheHeapInOneArray() {
        Pids.record("LargeHeapTest.allocatesNineTenthsOfTheHeapInOneArray");
        long bytes = Runtime.getRuntime().maxMemory() / 10 * 9;
        long[] array = new long[(int) Math.min(bytes / Long.BYTES, Integer.MAX_VALUE - 8)];
        array[array.length - 1] = 1;
        assertEquals(1, array[array.length - 1]);
    }
}
