package dev.solo.engine.record;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.events.RunStats;

import org.apiguardian.api.API;

/**
 * The exit code a run means (PRODUCT.md's numbers, nextest's), whichever host ran it: what
 * {@code solo run} exits with, and what {@code store info} says of a Surefire or IDE run.
 */
@API(status = INTERNAL, since = "0.1")
public final class ExitMeaning {
	public static final int OK = 0;
	public static final int NO_TESTS_RUN = 4;
	public static final int RERUN_TESTS_OUTSTANDING = 5;
	public static final int TEST_RUN_FAILED = 100;
	public static final int INCOMPLETE_RUN = 106;

	private ExitMeaning() {
	}

	/** @param outstanding a rerun that leaves tests outstanding it did not see */
	public static int of(RunStats stats, boolean cancelled, boolean outstanding) {
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
