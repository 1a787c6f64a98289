package dev.solo.examples.rerun;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PriceTest {
	@Test
	void addsUp() {
		assertEquals(5, 2 + 3);
	}

	@Test
	void discounts() {
		assertEquals(90, 100 * 9 / 10);
	}

	@Test
	void addsTax() {
		Fixes.assertFixed("addsTax");
	}
}
