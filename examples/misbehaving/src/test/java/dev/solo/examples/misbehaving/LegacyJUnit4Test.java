package dev.solo.examples.misbehaving;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** JUnit 4, run by the Vintage engine, with a static-state pair. */
public class LegacyJUnit4Test {

    static int counter;

    @Test
    public void first() {
        Pids.record("LegacyJUnit4Test.first");
        assertEquals(0, counter);
        counter++;
    }

    @Test
    public void second() {
        Pids.record("LegacyJUnit4Test.second");
        assertEquals(0, counter);
        counter++;
    }
}
