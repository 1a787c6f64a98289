package dev.solo.examples.fanout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShortTest {
	@Test
	void parsesAPrice() throws InterruptedException {
		assertEquals(1999, Work.takes(100, Integer.parseInt("1999")));
	}

	@Test
	void formatsAPrice() throws InterruptedException {
		assertEquals("19.99", Work.takes(100, String.format("%d.%02d", 19, 99)));
	}

	@Test
	void roundsHalfUp() throws InterruptedException {
		assertEquals(3, Work.takes(100, (int) Math.round(2.5)));
	}

	@Test
	void comparesCurrencies() throws InterruptedException {
		assertTrue(Work.takes(100, "EUR".compareTo("USD") < 0));
	}
}
