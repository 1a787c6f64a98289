package dev.solo.launcher;

import static dev.solo.launcher.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.launcher.CliRun.Result;

import org.junit.jupiter.api.Test;

/** The record commands' help and options, which work before any run is recorded (and with no recorder). */
class RecordCommandsHelpTest {
	@Test
	void storeListsItsSubcommandsAndSaysItsExitCodes() {
		Result store = run("store", "--help");
		assertEquals(ExitCodes.OK, store.code(), store.err());
		for (String sub : new String[] { "list", "info", "prune" }) {
			assertTrue(store.out().contains("\n  " + sub + " "), store.out());
			Result help = run("store", sub, "--help");
			assertEquals(ExitCodes.OK, help.code(), help.err());
			assertTrue(help.out().contains("--workspace=DIR"), help.out());
		}
		assertTrue(store.out().contains("96 no such run"), store.out());
		assertTrue(run("store", "prune", "--help").out().contains("--dry-run"));
	}

	@Test
	void replayTakesTheRunsReporterOptionsAndItsOwn() {
		Result help = run("replay", "--help");
		assertEquals(ExitCodes.OK, help.code(), help.err());
		for (String option : new String[] { "-R, --run-id=RUN", "--status-level", "--final-status-level",
				"--failure-output", "--success-output", "--no-capture", "--no-output-indent", "--color", "--no-pager",
				"--junit=FILE" }) {
			assertTrue(help.out().contains(option), option + " in\n" + help.out());
		}
		assertTrue(help.out().replaceAll("\\s+", " ").contains("104 the record cannot be replayed"), help.out());
	}

	@Test
	void runTakesRerunAndNoOutputIndentAndRefusesABadOutputTiming() {
		Result help = run("run", "--help");
		assertTrue(help.out().contains("-R, --rerun=RUN") && help.out().contains("--no-output-indent"), help.out());
		Result bad = run("run", "--failure-output", "sometimes");
		assertEquals(2, bad.code(), bad.err());
		assertTrue(bad.err().contains("'sometimes' is not one of immediate, final, immediate-final, never"), bad.err());
	}
}
