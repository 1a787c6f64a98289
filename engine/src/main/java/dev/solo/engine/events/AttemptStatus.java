package dev.solo.engine.events;

/** How one attempt of a unit ended. */
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
