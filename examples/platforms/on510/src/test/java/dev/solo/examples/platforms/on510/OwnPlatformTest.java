package dev.solo.examples.platforms.on510;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.TestEngine;

/** Runs on the JUnit this module declares, whichever the other modules of the run use. */
class OwnPlatformTest {
	@Test
	void runsOnItsOwnJupiter() {
		assertEquals("5.10.2", Test.class.getPackage().getImplementationVersion());
	}

	@Test
	void runsOnItsOwnPlatform() {
		assertEquals("1.10.2", TestEngine.class.getPackage().getImplementationVersion());
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3 })
	void counts(int n) {
		assertEquals(n, Math.abs(n));
	}
}
