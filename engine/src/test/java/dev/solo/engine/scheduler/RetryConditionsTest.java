package dev.solo.engine.scheduler;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.engine.config.RetryCondition;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.CapturedOutput;
import dev.solo.engine.events.ChildReport;
import dev.solo.engine.protocol.RemoteException;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RetryConditionsTest {
	private static final RetryCondition TIMEOUT = new RetryCondition(RetryCondition.Kind.TIMEOUT, Optional.empty());
	private static final RetryCondition CRASH = new RetryCondition(RetryCondition.Kind.JVM_CRASH, Optional.empty());

	private static RetryCondition exception(String name) {
		return new RetryCondition(RetryCondition.Kind.EXCEPTION, Optional.of(name));
	}

	@Test
	void withoutConditionsEveryFailureRetries() {
		assertTrue(RetryConditions.retries(List.of(), attempt(AttemptStatus.FAILED, new AssertionError())));
		assertTrue(RetryConditions.retries(List.of(), attempt(AttemptStatus.CRASHED, null)));
	}

	@Test
	void timeoutMatchesATimedOutAttemptOnly() {
		assertTrue(RetryConditions.retries(List.of(TIMEOUT), attempt(AttemptStatus.TIMED_OUT, null)));
		assertFalse(RetryConditions.retries(List.of(TIMEOUT), attempt(AttemptStatus.CRASHED, null)));
		assertFalse(RetryConditions.retries(List.of(TIMEOUT), attempt(AttemptStatus.FAILED, new AssertionError())));
	}

	@Test
	void jvmCrashMatchesACrashedAttemptOnly() {
		assertTrue(RetryConditions.retries(List.of(CRASH), attempt(AttemptStatus.CRASHED, null)));
		assertFalse(RetryConditions.retries(List.of(CRASH), attempt(AttemptStatus.TIMED_OUT, null)));
		assertFalse(RetryConditions.retries(List.of(CRASH), attempt(AttemptStatus.FAILED, new AssertionError())));
	}

	@Test
	void exceptionMatchesTheClassItsSuperclassesAndItsCauses() {
		Throwable direct = new SocketTimeoutException("read timed out");
		Throwable wrapped = new IllegalStateException("client failed", new SocketTimeoutException("read"));
		RetryCondition socket = exception("java.net.SocketTimeoutException");
		assertTrue(RetryConditions.retries(List.of(socket), attempt(AttemptStatus.FAILED, direct)));
		assertTrue(RetryConditions.retries(List.of(socket), attempt(AttemptStatus.FAILED, wrapped)));
		assertTrue(RetryConditions.retries(List.of(exception("java.io.IOException")), attempt(AttemptStatus.FAILED, direct)));
		assertFalse(RetryConditions.retries(List.of(socket), attempt(AttemptStatus.FAILED, new AssertionError("bug"))));
		assertFalse(RetryConditions.retries(List.of(exception("java.net.ConnectException")),
				attempt(AttemptStatus.FAILED, direct)));
		// a crash is no exception of the test's, whatever Solo's account of it is
		assertFalse(RetryConditions.retries(List.of(exception("java.lang.Throwable")), attempt(AttemptStatus.CRASHED,
				new IllegalStateException("JVM exited with code 3"))));
	}

	@Test
	void anExceptionTheHostCannotLoadMatchesByTheNameTheChildReported() {
		Throwable remote = new RemoteException("com.example.db.PoolTimeoutException", "no connection", null);
		assertTrue(RetryConditions.retries(List.of(exception("com.example.db.PoolTimeoutException")),
				attempt(AttemptStatus.FAILED, remote)));
		assertFalse(RetryConditions.retries(List.of(exception("com.example.db.Other")), attempt(AttemptStatus.FAILED, remote)));
	}

	@Test
	void anyConditionOfSeveralIsEnough() {
		List<RetryCondition> both = List.of(TIMEOUT, exception("java.net.SocketTimeoutException"));
		assertTrue(RetryConditions.retries(both, attempt(AttemptStatus.TIMED_OUT, null)));
		assertTrue(RetryConditions.retries(both, attempt(AttemptStatus.FAILED, new SocketTimeoutException())));
		assertFalse(RetryConditions.retries(both, attempt(AttemptStatus.CRASHED, null)));
	}

	private static Attempt attempt(AttemptStatus status, Throwable failure) {
		return new Attempt(1, 3, status, Duration.ZERO, Optional.ofNullable(failure), new ChildReport(), CapturedOutput.EMPTY,
				CapturedOutput.EMPTY, Optional.empty(), List.of(), false, 1, Optional.empty(), List.of(), List.of());
	}
}
