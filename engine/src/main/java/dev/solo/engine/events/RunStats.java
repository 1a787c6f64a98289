package dev.solo.engine.events;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;

import org.apiguardian.api.API;

/** Counts for the summary line, nextest-style. */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record RunStats(int initialCount, int finished, int passed, int flaky, int failed, int timedOut,
		int crashed, int skipped, int notRun, int leaky, Duration elapsed) {

	public boolean isSuccess() {
		return failed == 0 && notRun == 0;
	}
}
