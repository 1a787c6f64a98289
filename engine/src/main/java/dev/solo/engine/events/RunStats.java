package dev.solo.engine.events;

import java.time.Duration;

/** Counts for the summary line, nextest-style. */
public record RunStats(int initialCount, int finished, int passed, int flaky, int failed, int timedOut,
		int crashed, int skipped, int notRun, int leaky, Duration elapsed) {

	public boolean isSuccess() {
		return failed == 0 && notRun == 0;
	}
}
