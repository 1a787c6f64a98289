package dev.solo.engine.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Optional;

import org.apiguardian.api.API;

/**
 * One entry of {@code retries.on}: a kind of failure worth retrying, because it looks like the
 * environment's (nextest #1172), not the code's: {@code timeout} (the slow-timeout killed the
 * test), {@code jvm-crash} (its JVM died before the test ended: exit code, signal, out of memory),
 * or {@code exception:CLASS} (the test failed with that exception, a subclass of it, or an
 * exception caused by one).
 *
 * @param exceptionClass the class name, for {@link Kind#EXCEPTION} alone
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record RetryCondition(Kind kind, Optional<String> exceptionClass) {
	static final String EXPECTED = "expected timeout, jvm-crash or exception:CLASS (a fully qualified class name)";

	public enum Kind { TIMEOUT, JVM_CRASH, EXCEPTION }

	/** A condition as written; empty when the text names none. */
	static Optional<RetryCondition> parse(String text) {
		String trimmed = text.trim();
		switch (trimmed) {
			case "timeout":
				return Optional.of(new RetryCondition(Kind.TIMEOUT, Optional.empty()));
			case "jvm-crash":
				return Optional.of(new RetryCondition(Kind.JVM_CRASH, Optional.empty()));
			default:
				break;
		}
		String prefix = "exception:";
		if (trimmed.startsWith(prefix) && isClassName(trimmed.substring(prefix.length()))) {
			return Optional.of(new RetryCondition(Kind.EXCEPTION, Optional.of(trimmed.substring(prefix.length()))));
		}
		return Optional.empty();
	}

	private static boolean isClassName(String name) {
		if (name.isEmpty()) {
			return false;
		}
		for (String part : name.split("\\.", -1)) {
			if (part.isEmpty() || !Character.isJavaIdentifierStart(part.charAt(0))
					|| !part.chars().allMatch(Character::isJavaIdentifierPart)) {
				return false;
			}
		}
		return true;
	}

	/** As written in {@code retries.on}. */
	@Override
	public String toString() {
		return switch (kind) {
			case TIMEOUT -> "timeout";
			case JVM_CRASH -> "jvm-crash";
			case EXCEPTION -> "exception:" + exceptionClass.orElseThrow();
		};
	}
}
