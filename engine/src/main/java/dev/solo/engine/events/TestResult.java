package dev.solo.engine.events;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.util.Optional;

import org.apiguardian.api.API;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;

/**
 * One test as JUnit counts it (a method, an invocation of a parameterized or repeated test, a
 * dynamic test) and how it ended in its unit's last attempt. {@link UnitTests} derives them;
 * every sink that counts or lists tests reads these, so the counts agree everywhere.
 *
 * @param uniqueId its Solo unique id
 * @param delegateId its unique id in its engine, as each attempt's {@link ChildReport} names it
 * @param name its name as Solo names tests, {@code com.example.FooTest#bar(int)[1]}; a unit's own
 *        name when the test is the unit
 * @param className the class it belongs to
 * @param displayName JUnit's display name, {@code [1] 1}
 * @param legacyName JUnit's legacy reporting name, {@code bar(int)[1]}, what JUnit XML names it
 * @param source where JUnit says it is, if it says
 * @param flaky it did not pass in the unit's first attempt, and passed in a later one
 * @param failure why it failed, when it did
 * @param reason why it was skipped or did not run, when it was or did not
 * @param interrupted it was running when its JVM ended (crash, timeout, cancellation)
 * @param whole it stands for its whole unit: the unit's verdict is its own
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record TestResult(String uniqueId, UniqueId delegateId, String name, String className, String displayName, String legacyName,
		Optional<TestSource> source, Status status, boolean flaky, Optional<Throwable> failure, Optional<String> reason,
		Duration duration, boolean interrupted, boolean whole) {

	/** Where a test ended up: aborted (an assumption failed) and disabled tests are skipped, as JUnit counts them. */
	public enum Status {
		PASSED, FAILED, SKIPPED, NOT_RUN
	}

	TestResult with(Status status, Optional<Throwable> failure) {
		return new TestResult(uniqueId, delegateId, name, className, displayName, legacyName, source, status, flaky, failure,
				reason, duration, interrupted, whole);
	}

	TestResult markedFlaky() {
		return new TestResult(uniqueId, delegateId, name, className, displayName, legacyName, source, status, true, failure, reason,
				duration, interrupted, whole);
	}
}
