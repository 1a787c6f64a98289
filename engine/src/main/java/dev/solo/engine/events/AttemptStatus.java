package dev.solo.engine.events;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** How one attempt of a unit ended. */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public enum AttemptStatus {
	PASSED,
	FAILED,
	/** An assumption failed: JUnit's ABORTED. */
	ABORTED,
	SKIPPED,
	TIMED_OUT,
	/** The JVM died before the test finished (exit code or signal). */
	CRASHED,
	CANCELLED;

	public boolean isFailure() {
		return this == FAILED || this == TIMED_OUT || this == CRASHED;
	}
}
