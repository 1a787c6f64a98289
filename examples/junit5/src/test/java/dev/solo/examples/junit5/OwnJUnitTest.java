package dev.solo.examples.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.TestEngine;

/** Runs on the JUnit this project declares, whoever launches it. */
class OwnJUnitTest {
	@Test
	void runsOnJupiter510() {
		assertEquals("5.10.2", Test.class.getPackage().getImplementationVersion());
	}

	@Test
	void runsOnPlatform110() {
		assertEquals("1.10.2", TestEngine.class.getPackage().getImplementationVersion());
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3 })
	void counts(int n) {
		assertEquals(n, Math.abs(n));
	}
}
