package dev.solo.engine.failure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Reported for a class whose class-level teardown ({@code @AfterAll}, {@code @AfterClass}) failed
 * in a JVM that ran only one of its tests. That is the right verdict under per-test isolation,
 * but not a self-explaining one: the class gathers state across its tests, which only works when
 * they share a JVM. The message says so and names the way out; the cause is the original failure.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PerTestIsolationException extends AssertionError {
	private static final long serialVersionUID = 1L;

	public PerTestIsolationException(String className, String testName, Throwable cause) {
		super(className + ": class-level teardown failed in a JVM that ran only " + testName
				+ ". Under Solo's per-test isolation every test has a JVM of its own, so state a class gathers"
				+ " across its tests (and checks in @AfterAll or @AfterClass) is never shared. If this class"
				+ " depends on its tests sharing one JVM, run it whole with solo.isolation=class, or this class"
				+ " alone with an override in .config/solo.toml: filter = 'class(=" + className + ")',"
				+ " isolation = \"class\". Cause: " + cause,
				cause);
		// Solo's own frames say nothing about the class; the cause carries the real trace.
		setStackTrace(new StackTraceElement[0]);
	}
}
