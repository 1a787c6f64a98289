package dev.solo.examples.platforms.on61;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.TestEngine;

/** Runs on the JUnit this module declares, whichever the other modules of the run use. */
class OwnPlatformTest {
	@Test
	void runsOnItsOwnJupiter() {
		assertEquals("6.1.3", Test.class.getPackage().getImplementationVersion());
	}

	@Test
	void runsOnItsOwnPlatform() {
		assertEquals("6.1.3", TestEngine.class.getPackage().getImplementationVersion());
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3 })
	void counts(int n) {
		assertEquals(n, Math.abs(n));
	}
}
