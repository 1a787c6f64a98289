package dev.solo.examples.junit4;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import org.junit.Test;

/** JUnit 4, run through Vintage by the solo command line: each test in a JVM of its own. */
public class CounterTest {
	@Test
	public void counts() {
		assertEquals(3, 1 + 2);
	}

	@Test
	public void knowsItsRun() {
		// Only set in a Solo test JVM: proof the command line ran it, not some other host.
		assertNotNull(System.getenv("SOLO_TEST_ID"));
	}
}
