package dev.solo.engine.scheduler;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Objects;

import org.apiguardian.api.API;

/**
 * How the scheduler treats one unit, nextest's per-test settings: the test group it belongs
 * to, how many of the {@code test-threads} slots it occupies while it runs, and its place in
 * the queue (higher priority starts first).
 *
 * @param testGroup {@value #GLOBAL_GROUP} when the unit is in no group
 * @param threadsRequired at least 1; {@link #ALL_THREADS} for {@code num-test-threads}; capped
 *        at {@code test-threads} when the run starts
 * @param priority -100 to 100
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record UnitPolicy(String testGroup, int threadsRequired, int priority) {
	public static final String GLOBAL_GROUP = "@global";

	/** {@code threads-required = "num-test-threads"}: every slot of the run. */
	public static final int ALL_THREADS = Integer.MAX_VALUE;

	public static final UnitPolicy DEFAULT = new UnitPolicy(GLOBAL_GROUP, 1, 0);

	public UnitPolicy {
		Objects.requireNonNull(testGroup, "testGroup");
		if (threadsRequired < 1) {
			throw new IllegalArgumentException("threads-required must be at least 1: " + threadsRequired);
		}
		if (priority < -100 || priority > 100) {
			throw new IllegalArgumentException("priority must be between -100 and 100: " + priority);
		}
	}

	public boolean isGlobal() {
		return GLOBAL_GROUP.equals(testGroup);
	}
}
