package dev.solo.launcher;

import static dev.solo.launcher.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.launcher.CliRun.Result;

import org.junit.jupiter.api.Test;

/**
 * {@code solo run --tracer jfr} reaches the engine as settings and holds it to one test; an
 * unknown tracer is named. The recording itself is the ITs' ({@code CliTracerTest}).
 */
class TracerOptionTest {
	private static final String PASSING = "dev.solo.launcher.fixtures.PassingFixture";

	@Test
	void moreThanOneTestIsAnErrorNamingHowManyMatched() {
		Result result = run("run", "-cp", CliRun.TEST_CLASSES, "--select-class", PASSING, "--color", "never",
				"--tracer", "jfr");
		assertEquals(ExitCodes.SETUP_ERROR, result.code(), result.out() + result.err());
		assertTrue(result.err().contains("error: --tracer (solo.tracer.one-test=true): traces exactly one test, and 2"
				+ " tests matched"), result.err());
		assertFalse(result.out().contains("PASS"), result.out());
	}

	@Test
	void anUnknownTracerIsOneLineNamingTheKeyAndTheValue() {
		Result result = run("run", "-cp", CliRun.TEST_CLASSES, "--select-class", PASSING, "--color", "never",
				"--tracer", "perf");
		assertEquals(ExitCodes.SETUP_ERROR, result.code(), result.out() + result.err());
		assertTrue(result.err().contains("invalid value 'perf' for solo.tracer"), result.err());
		assertTrue(result.err().contains("expected none or jfr"), result.err());
	}
}
