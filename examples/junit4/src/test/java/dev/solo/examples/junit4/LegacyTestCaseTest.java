package dev.solo.examples.junit4;

import junit.framework.TestCase;

/** JUnit 3 style, which JUnit 4 still runs. */
public class LegacyTestCaseTest extends TestCase {
	public void testAddsUp() {
		assertEquals(4, 2 + 2);
	}
}
