package dev.solo.engine.failure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Reported, with {@code solo.leak-timeout.result=fail}, for a test that left processes or its JVM running. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LeakException extends AssertionError {
	private static final long serialVersionUID = 1L;

	public LeakException(String message) {
		super(message);
		// Solo's own frames say nothing about the test; the message says everything.
		setStackTrace(new StackTraceElement[0]);
	}
}
