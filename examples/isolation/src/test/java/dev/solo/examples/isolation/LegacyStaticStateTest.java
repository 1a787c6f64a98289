package dev.solo.examples.isolation;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** A JUnit 4 test, run through the Vintage engine: Solo isolates it just the same. */
public class LegacyStaticStateTest {

    static int logins;

    @Test
    public void firstLogin() {
        assertEquals("logins before this test", 0, logins);
        logins++;
        assertEquals("user-1", IdGenerator.next("user"));
    }

    @Test
    public void secondLogin() {
        assertEquals("logins before this test", 0, logins);
        logins++;
        assertEquals("user-1", IdGenerator.next("user"));
    }
}
