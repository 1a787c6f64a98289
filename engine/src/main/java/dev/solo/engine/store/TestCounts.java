package dev.solo.engine.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What a recorded run's tests came to, as its summary line counted them.
 *
 * @param leaky how many left a process or their JVM running, already counted by how they ended
 *     (the summary line's {@code (N leaky)})
 */
@API(status = EXPERIMENTAL, since = "0.1", consumers = "dev.solo.launcher")
public record TestCounts(int passed, int failed, int flaky, int skipped, int notRun, int leaky) {
	public static final TestCounts NONE = new TestCounts(0, 0, 0, 0, 0);

	/** A run none of whose tests leaked. */
	public TestCounts(int passed, int failed, int flaky, int skipped, int notRun) {
		this(passed, failed, flaky, skipped, notRun, 0);
	}
}
