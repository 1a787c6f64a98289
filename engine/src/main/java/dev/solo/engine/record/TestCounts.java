package dev.solo.engine.record;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What a recorded run's tests came to, as its summary line counted them. */
@API(status = EXPERIMENTAL, since = "0.1")
public record TestCounts(int passed, int failed, int flaky, int skipped, int notRun) {
	public static final TestCounts NONE = new TestCounts(0, 0, 0, 0, 0);
}
