package dev.solo.examples.rerun;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StockTest {
	@Test
	void counts() {
		assertTrue("abc".length() == 3);
	}

	@Test
	void reorders() {
		Fixes.assertFixed("reorders");
	}

	@Test
	void reserves() {
		System.out.println("reserving 3 of 10");
		assertTrue(3 < 10);
	}
}
