package dev.solo.examples.multimodule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GreeterTest {
	@ParameterizedTest
	@CsvSource({ "1, 2, sum 3", "2, 2, sum 4" })
	void greets(int a, int b, String expected) {
		assertEquals(expected, Greeter.greet(a, b));
	}
}
