package dev.solo.examples.platforms.on513;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.provider.ValueSource;

/** A class template, which JUnit 5.13 introduced: its invocations exist only when it runs. */
@ParameterizedClass
@ValueSource(strings = { "a", "bb" })
class TemplateTest {
	@Parameter
	String value;

	@Test
	void isNotEmpty() {
		assertTrue(!value.isEmpty());
	}
}
