package dev.solo.launcher;

import static dev.solo.launcher.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.launcher.CliRun.Result;

import org.junit.jupiter.api.Test;

/**
 * {@code solo run --debugger[=ADDRESS]} reaches the engine as settings and holds it to one test.
 * Nobody attaches here (the ITs attach a real debugger): the waits end after a second.
 */
class DebuggerOptionTest {
	private static final String PASSING = "dev.solo.launcher.fixtures.PassingFixture";

	@Test
	void moreThanOneTestIsAnErrorNamingHowManyMatched() {
		Result result = run("run", "-cp", CliRun.TEST_CLASSES, "--select-class", PASSING, "--color", "never",
				"--debugger");
		assertEquals(ExitCodes.SETUP_ERROR, result.code(), result.out() + result.err());
		assertTrue(result.err().contains("error: --debugger (solo.debugger=on): debugs exactly one test, and 2 tests"
				+ " matched"), result.err());
		assertTrue(!result.out().contains("PASS") && !result.out().contains("Listening"), result.out());
	}

	/** {@code --debugger first}: the option, then a name filter, not an address. */
	@Test
	void aBareDebuggerTakesNoValueSoTheNextArgumentStaysANameFilter() {
		Result result = run("run", "-cp", CliRun.TEST_CLASSES, "--select-class", PASSING, "--color", "never",
				"--config", "solo.debugger.attach-timeout=1s", "--debugger", "first");
		assertNobodyAttached(result);
	}

	@Test
	void anAttachedValueIsTheAddress() {
		Result result = run("run", "-cp", CliRun.TEST_CLASSES, "--select-class", PASSING, "--color", "never",
				"--config", "solo.debugger.attach-timeout=1s", "--debugger=127.0.0.1:0", "second");
		assertNobodyAttached(result);
		Result bad = run("run", "-cp", CliRun.TEST_CLASSES, "--select-class", PASSING, "--color", "never",
				"--debugger=5005,suspend=n", "second");
		assertEquals(ExitCodes.SETUP_ERROR, bad.code(), bad.out() + bad.err());
		assertTrue(bad.err().contains("invalid value '5005,suspend=n' for solo.debugger.address"), bad.err());
	}

	@Test
	void jsonOutputCannotCarryTheTestsLiveOutput() {
		Result result = run("run", "-cp", CliRun.TEST_CLASSES, "--select-class", PASSING, "--message-format", "json",
				"--debugger", "first");
		assertEquals(2, result.code(), result.out() + result.err());
		assertTrue(result.err().contains("--debugger cannot be used with --message-format json"), result.err());
	}

	private static void assertNobodyAttached(Result result) {
		assertEquals(ExitCodes.TEST_RUN_FAILED, result.code(), result.out() + result.err());
		assertTrue(result.out().contains("Starting 1 test across 1 class"), result.out());
		assertTrue(result.out().contains("Listening for transport dt_socket at address: "), result.out());
		assertTrue(result.err().contains(" waits for a debugger on port "), result.err());
		assertTrue(result.out().contains("no debugger attached to the test JVM for " + PASSING), result.out());
		assertTrue(result.out().contains("within 1s (solo.debugger.attach-timeout); the test did not run"),
				result.out());
	}
}
