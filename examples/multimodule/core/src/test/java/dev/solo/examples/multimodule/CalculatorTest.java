package dev.solo.examples.multimodule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CalculatorTest {
	@Test
	void adds() {
		assertEquals(5, Calculator.add(2, 3));
	}

	@Test
	void addsNegatives() {
		assertEquals(-1, Calculator.add(2, -3));
	}
}
