package dev.solo.examples.misbehaving;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.AfterClass;
import org.junit.Test;

/** {@link SharedStateTest} in JUnit 4: state checked in {@code @AfterClass}. */
public class LegacySharedStateTest {

    static final List<String> visited = new ArrayList<>();

    @Test
    public void first() {
        Pids.record("LegacySharedStateTest.first");
        visited.add("first");
    }

    @Test
    public void second() {
        Pids.record("LegacySharedStateTest.second");
        visited.add("second");
    }

    @AfterClass
    public static void bothTestsRanHere() {
        assertEquals("tests seen by this class: " + visited, 2, visited.size());
    }
}
