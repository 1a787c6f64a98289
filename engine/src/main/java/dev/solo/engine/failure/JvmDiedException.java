package dev.solo.engine.failure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Reported for a test whose JVM ended before the test did: {@code System.exit}, {@code Runtime.halt},
 * a crash or a signal. The message names the exit code or signal and ends with the tail of the
 * JVM's output.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JvmDiedException extends AssertionError {
	private static final long serialVersionUID = 1L;

	public JvmDiedException(String message) {
		super(message);
		// Solo's own frames say nothing about the test; the message says everything.
		setStackTrace(new StackTraceElement[0]);
	}
}
