package dev.solo.examples.conformance;

import static org.junit.Assert.assertTrue;

import org.junit.experimental.theories.DataPoints;
import org.junit.experimental.theories.Theories;
import org.junit.experimental.theories.Theory;
import org.junit.runner.RunWith;

/** JUnit 4's {@code Theories}: one test for all data points. */
@RunWith(Theories.class)
public class VintageTheoriesTest {

    @DataPoints
    public static int[] values = {1, 2, 3};

    @Theory
    public void positive(int value) {
        assertTrue(value > 0);
    }
}
