package dev.solo.examples.conformance;

import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/** JUnit 4's {@code Parameterized}: three parameter sets, the last failing on purpose. */
@RunWith(Parameterized.class)
public class VintageParameterizedTest {

    @Parameterized.Parameters(name = "{index}: {0}")
    public static List<Integer> values() {
        return List.of(1, 2, 3);
    }

    private final int value;

    public VintageParameterizedTest(int value) {
        this.value = value;
    }

    @Test
    public void small() {
        assertTrue("the third set fails on purpose", value < 3);
    }

    @Test
    public void positive() {
        assertTrue(value > 0);
    }
}
