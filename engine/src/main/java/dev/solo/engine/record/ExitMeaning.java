package dev.solo.engine.record;

import dev.solo.engine.events.RunStats;

/**
 * The exit code a run means (PRODUCT.md's numbers, nextest's), whichever host ran it: what
 * {@code solo run} exits with, and what {@code store info} says of a Surefire or IDE run.
 */
final class ExitMeaning {
	static final int OK = 0;
	static final int NO_TESTS_RUN = 4;
	static final int RERUN_TESTS_OUTSTANDING = 5;
	static final int TEST_RUN_FAILED = 100;
	static final int INCOMPLETE_RUN = 106;

	private ExitMeaning() {
	}

	/** @param outstanding a rerun that leaves tests outstanding it did not see */
	static int of(RunStats stats, boolean cancelled, boolean outstanding) {
		if (stats.initialCount() == 0 && stats.skipped() == 0) {
			return NO_TESTS_RUN;
		}
		if (cancelled) {
			return INCOMPLETE_RUN;
		}
		if (stats.failed() > 0) {
			return TEST_RUN_FAILED;
		}
		if (stats.notRun() > 0) {
			return INCOMPLETE_RUN;
		}
		return outstanding ? RERUN_TESTS_OUTSTANDING : OK;
	}
}
