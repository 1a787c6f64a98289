package dev.solo.launcher;

import static dev.solo.launcher.CliRun.TEST_CLASSES;
import static dev.solo.launcher.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.launcher.CliRun.Result;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@code solo run}'s reporter options and settings, the CLI in-process (its stdout is no terminal). */
class ReporterOptionsTest {
	private static final String PASSING = "dev.solo.launcher.fixtures.PassingFixture";
	private static final String FAILING = "dev.solo.launcher.fixtures.FailingFixture";

	@Test
	void aLevelSettingCountsWhenNoFlagIsGivenAndTheFlagWins() {
		Result quiet = run("run", "-cp", TEST_CLASSES, "--select-class", PASSING, "--config", "solo.status-level=fail",
				"--config", "solo.final-status-level=retry");
		assertEquals(ExitCodes.OK, quiet.code(), quiet.out() + quiet.err());
		assertFalse(quiet.out().contains("PASS"), quiet.out());
		assertTrue(quiet.out().contains("2 tests run: 2 passed"), quiet.out());
		Result flag = run("run", "-cp", TEST_CLASSES, "--select-class", PASSING, "--config", "solo.status-level=fail",
				"--status-level", "pass");
		assertTrue(flag.out().contains("PASS [") && flag.out().contains("PassingFixture first()"), flag.out());
	}

	@Test
	void aBadLevelIsAUsageErrorAsAFlagAndASetupErrorNamingTheKeyAsASetting() {
		Result flag = run("run", "-cp", TEST_CLASSES, "--select-class", PASSING, "--status-level", "loud");
		assertEquals(2, flag.code(), flag.err());
		assertTrue(flag.err().contains(
				"Invalid value for option '--status-level': 'loud' is not one of none, fail, retry, slow, leak, pass, skip, all"),
				flag.err());
		Result setting = run("run", "-cp", TEST_CLASSES, "--select-class", PASSING, "--config",
				"solo.final-status-level=loud");
		assertEquals(ExitCodes.SETUP_ERROR, setting.code(), setting.out() + setting.err());
		assertEquals("error: invalid value 'loud' for solo.final-status-level: expected none, fail, flaky, slow, skip,"
				+ " leak, pass, all\n", setting.err());
		assertEquals("", setting.out());
	}

	@Test
	void colorAlwaysColoursAPipeAndABarAskedForOffATerminalShowsNoCounterEither() {
		Result always = run("run", "-cp", TEST_CLASSES, "--select-class", PASSING, "--color", "always");
		assertTrue(always.out().contains("\u001b[32;1mPASS\u001b[0m"), always.out());
		Result bar = run("run", "-cp", TEST_CLASSES, "--select-class", PASSING, "--show-progress", "bar");
		assertEquals(ExitCodes.OK, bar.code(), bar.out() + bar.err());
		assertFalse(bar.out().contains("\u001b") || bar.out().contains("/2)") || bar.out().contains("Running"),
				bar.out());
		assertTrue(bar.out().contains("PASS [") && bar.out().contains("] dev.solo.launcher.fixtures.PassingFixture"),
				bar.out());
	}

	@Test
	void aClassRunWholeCountsAsItsTestsSplitByWhatEachDid() {
		Result result = run("run", "-cp", TEST_CLASSES, "--select-class", FAILING, "--config", "solo.isolation=class",
				"--failure-output", "never");
		assertEquals(ExitCodes.TEST_RUN_FAILED, result.code(), result.out() + result.err());
		assertTrue(result.out().contains("    Starting 2 tests across 1 class\n"
				+ "       WHOLE 1 class in one JVM of its own (solo.isolation=class)\n"), result.out());
		// One line per test of the class, as it ends.
		assertTrue(result.out().matches("(?s).*\n +PASS \\[ +\\d+\\.\\d{3}s\\] \\(\\d/2\\) "
				+ "dev\\.solo\\.launcher\\.fixtures\\.FailingFixture passes\\(\\)\n.*"), result.out());
		assertTrue(result.out().matches("(?s).*\n +FAIL \\[ +\\d+\\.\\d{3}s\\] \\(\\d/2\\) "
				+ "dev\\.solo\\.launcher\\.fixtures\\.FailingFixture fails\\(\\)\n.*"), result.out());
		assertTrue(result.out().contains("2 tests run: 1 passed, 1 failed"), result.out());
	}

	@Test
	void theLevelsOfTheProfileInSoloTomlApply() throws Exception {
		SoloProcess.Result result = SoloProcess.run(SoloProcess.solo("run", "-cp", TEST_CLASSES, "--select-class", FAILING,
				"--failure-output", "never", "--config", "solo.class-data-sharing=false"), Map.of(),
				Map.of(".config/solo.toml", "[profile.default]\nstatus-level = \"none\"\nfinal-status-level = \"pass\"\n"));
		assertEquals(ExitCodes.TEST_RUN_FAILED, result.code(), result.out() + result.err());
		String afterSummary = result.out().substring(result.out().indexOf("Summary"));
		assertFalse(result.out().substring(0, result.out().indexOf("Summary")).contains("PASS ["), result.out());
		assertTrue(afterSummary.contains("PASS [") && afterSummary.contains("FAIL ["), result.out());
	}
}
