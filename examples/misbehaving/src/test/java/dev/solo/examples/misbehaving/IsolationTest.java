package dev.solo.examples.misbehaving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Shared-state pairs: both pass only when each test has its own JVM. */
class IsolationTest {

    static int counter;

    @Test
    void staticStateFirst() {
        Pids.record("IsolationTest.staticStateFirst");
        assertEquals(0, counter, "static state leaked from another test");
        counter++;
    }

    @Test
    void staticStateSecond() {
        Pids.record("IsolationTest.staticStateSecond");
        assertEquals(0, counter, "static state leaked from another test");
        counter++;
    }

    @Test
    void systemPropertyFirst() {
        Pids.record("IsolationTest.systemPropertyFirst");
        assertNull(System.getProperty("fixture.leaked"), "system property leaked from another test");
        System.setProperty("fixture.leaked", "first");
    }

    @Test
    void systemPropertySecond() {
        Pids.record("IsolationTest.systemPropertySecond");
        assertNull(System.getProperty("fixture.leaked"), "system property leaked from another test");
        System.setProperty("fixture.leaked", "second");
    }
}
