package dev.solo.engine.failure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Reported for a test that Solo terminated after {@code slow-timeout × terminate-after}. The
 * message holds the elapsed time and a dump of every thread of the test's JVM, taken just
 * before it was killed.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TestTimeoutException extends AssertionError {
	private static final long serialVersionUID = 1L;

	public TestTimeoutException(String message) {
		super(message);
		// Solo's own frames say nothing about the test; the message says everything.
		setStackTrace(new StackTraceElement[0]);
	}
}
