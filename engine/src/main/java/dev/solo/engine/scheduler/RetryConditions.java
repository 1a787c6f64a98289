package dev.solo.engine.scheduler;

import dev.solo.engine.config.RetryCondition;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.protocol.RemoteException;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Whether a failed attempt is one {@code retries.on} retries: with no conditions every failure
 * is; else only a timeout, a crashed JVM or the named exceptions, as listed. A test's own exception
 * is matched by its class and superclasses, and through its causes (a timeout wrapped in the
 * client's own exception is still a timeout); one whose class the host cannot load, by the name
 * the child reported.
 */
final class RetryConditions {
	private RetryConditions() {
	}

	static boolean retries(List<RetryCondition> conditions, Attempt attempt) {
		if (conditions.isEmpty()) {
			return true;
		}
		for (RetryCondition condition : conditions) {
			boolean matches = switch (condition.kind()) {
				case TIMEOUT -> attempt.status() == AttemptStatus.TIMED_OUT;
				case JVM_CRASH -> attempt.status() == AttemptStatus.CRASHED;
				case EXCEPTION -> attempt.status() == AttemptStatus.FAILED && attempt.failure()
						.map(failure -> thrown(failure, condition.exceptionClass().orElseThrow())).orElse(false);
			};
			if (matches) {
				return true;
			}
		}
		return false;
	}

	private static boolean thrown(Throwable failure, String className) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
			if (t instanceof RemoteException remote && remote.originalType().equals(className)) {
				return true;
			}
			for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
				if (type.getName().equals(className)) {
					return true;
				}
			}
		}
		return false;
	}
}
