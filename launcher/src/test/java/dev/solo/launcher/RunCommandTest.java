package dev.solo.launcher;

import static dev.solo.launcher.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.launcher.CliRun.Result;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Runs the CLI in-process on fixtures; each fixture test really runs in its own JVM. */
class RunCommandTest {
	private static final String TEST_CLASSES = CliRun.TEST_CLASSES;

	@Test
	void passingRunExitsZeroAndPrintsNextestLines() {
		Result result = run("run", "-cp", TEST_CLASSES, "--select-class",
				"dev.solo.launcher.fixtures.PassingFixture", "-j", "2", "--color", "never");
		assertEquals(ExitCodes.OK, result.code(), result.out());
		assertTrue(result.out().contains("Starting 2 tests across 1 class\n"), result.out());
		assertTrue(result.out().matches("(?s).*\\n +PASS \\[ +\\d+\\.\\d{3}s\\] \\(\\d/2\\) dev\\.solo\\.launcher\\.fixtures\\.PassingFixture first\\(\\).*"),
				result.out());
		assertTrue(result.out().contains("2 tests run: 2 passed"), result.out());
	}

	@Test
	void failingRunExits100AndShowsTheFailureWithItsOutput() {
		Result result = run("run", "-cp", TEST_CLASSES, "--select-class",
				"dev.solo.launcher.fixtures.FailingFixture", "--color", "never");
		assertEquals(ExitCodes.TEST_RUN_FAILED, result.code(), result.out());
		assertTrue(result.out().contains("FAIL ["), result.out());
		assertTrue(result.out().contains("output of the failing test"), result.out());
		assertTrue(result.out().contains("arithmetic ==> expected: <2> but was: <3>"), result.out());
		assertTrue(result.out().contains("1 passed, 1 failed"), result.out());
	}

	/** nextest's closing warning names the tests fail-fast held back, by the engine's reason for them. */
	@Test
	void failFastWarnsOfTheTestsItHeldBack() {
		Result result = run("run", "-cp", TEST_CLASSES, "--select-class", "dev.solo.launcher.fixtures.FailFastFixture",
				"--fail-fast", "-j", "1", "--color", "never");
		assertEquals(ExitCodes.TEST_RUN_FAILED, result.code(), result.out() + result.err());
		Matcher notRun = Pattern.compile(" (\\d) not run").matcher(result.out());
		assertTrue(notRun.find(), "the summary counts the tests held back:\n" + result.out());
		int heldBack = Integer.parseInt(notRun.group(1));
		assertEquals(3, heldBack, result.out());
		assertTrue(result.err().contains("warning: " + heldBack + "/4 " + (heldBack == 1 ? "test was" : "tests were")
				+ " not run due to test failure (run with --no-fail-fast to run all tests, or run with --max-fail)"),
				result.out() + result.err());
	}

	@Test
	void noTestsExits4() {
		Result result = run("run", "-cp", TEST_CLASSES, "--select-package", "dev.solo.launcher.nothing.here",
				"--color", "never");
		assertEquals(ExitCodes.NO_TESTS_RUN, result.code(), result.out() + result.err());
	}

	@Test
	void badSettingExits96NamingTheKey() {
		Result result = run("run", "-cp", TEST_CLASSES, "--select-class", "dev.solo.launcher.fixtures.PassingFixture",
				"--config", "solo.retries=many", "--color", "never");
		assertEquals(ExitCodes.SETUP_ERROR, result.code(), result.out() + result.err());
		assertTrue(result.err().contains("invalid value 'many' for solo.retries"), result.err());
	}

	@Test
	void nameFiltersAndFiltersetsSelectTestsAndABadFiltersetExits94WithACaret() {
		Result byName = run("run", "-cp", TEST_CLASSES, "--select-class", "dev.solo.launcher.fixtures.PassingFixture",
				"--color", "never", "first");
		assertEquals(ExitCodes.OK, byName.code(), byName.out() + byName.err());
		assertTrue(byName.out().contains("Starting 1 test across 1 class\n"), byName.out());
		assertTrue(byName.out().contains("PassingFixture first()") && !byName.out().contains("PassingFixture second()"),
				byName.out());
		Result byExpression = run("run", "-cp", TEST_CLASSES, "--select-class",
				"dev.solo.launcher.fixtures.PassingFixture", "--color", "never", "-E", "method(=second)");
		assertTrue(byExpression.out().contains("PassingFixture second()") && !byExpression.out().contains("first()"),
				byExpression.out());
		Result bad = run("run", "-cp", TEST_CLASSES, "--select-class", "dev.solo.launcher.fixtures.PassingFixture",
				"--color", "never", "-E", "methd(=second)");
		assertEquals(ExitCodes.INVALID_FILTERSET, bad.code(), bad.out() + bad.err());
		assertTrue(bad.err().contains("error: -E: invalid filterset"), bad.err());
		assertTrue(bad.err().contains("did you mean `method`?"), bad.err());
		assertTrue(bad.err().contains("\n  methd(=second)\n  ^"), bad.err());
	}

	@Test
	void noTestsCanWarnOrPass() {
		for (String mode : new String[] { "warn", "pass" }) {
			Result result = run("run", "-cp", TEST_CLASSES, "--select-package", "dev.solo.launcher.nothing.here",
					"--color", "never", "--no-tests", mode);
			assertEquals(ExitCodes.OK, result.code(), result.out() + result.err());
			assertEquals(mode.equals("warn"), result.err().contains("warning: no tests to run"), result.err());
		}
	}

	@Test
	void anEngineThatFailsDiscoveryFailsTheListWith104NamingEngineAndCause() {
		Result result = run("run", "-cp", TEST_CLASSES, "--select-class", "dev.solo.launcher.fixtures.PassingFixture",
				"--color", "never", "--config", "fixture.broken-engine=true");
		assertEquals(ExitCodes.TEST_LIST_CREATION_FAILED, result.code(), result.out() + result.err());
		assertTrue(result.err().contains("fixture-broken"), result.err());
		assertTrue(result.err().contains("kotlin/jvm/functions/Function0"), result.err());
		// A class that cannot be loaded is an engine's critical discovery issue: the list fails too.
		Result missing = run("run", "-cp", TEST_CLASSES, "--select-class", "dev.solo.launcher.fixtures.NoSuchClass",
				"--color", "never");
		assertEquals(ExitCodes.TEST_LIST_CREATION_FAILED, missing.code(), missing.out() + missing.err());
		assertTrue(missing.err().contains("NoSuchClass"), missing.err());
	}
}
