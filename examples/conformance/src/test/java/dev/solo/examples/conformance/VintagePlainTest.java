package dev.solo.examples.conformance;

import static org.junit.Assert.assertEquals;

import org.junit.Ignore;
import org.junit.Test;
import org.junit.experimental.categories.Category;

/** JUnit 4: a pass, a failure on purpose, an {@code @Ignore}, and a categorised test. */
public class VintagePlainTest {

    public interface Fast {
    }

    @Test
    public void passes() {
    }

    @Test
    public void fails() {
        assertEquals("fails on purpose", 1, 2);
    }

    @Test
    @Ignore("ignored on purpose")
    public void ignored() {
    }

    @Test
    @Category(Fast.class)
    public void fast() {
    }
}
