package dev.solo.engine.failure;

/**
 * Reported for a test that Solo terminated after {@code slow-timeout × terminate-after}. The
 * message holds the elapsed time and a dump of every thread of the test's JVM, taken just
 * before it was killed.
 */
public final class TestTimeoutException extends AssertionError {
	private static final long serialVersionUID = 1L;

	public TestTimeoutException(String message) {
		super(message);
		// Solo's own frames say nothing about the test; the message says everything.
		setStackTrace(new StackTraceElement[0]);
	}
}
