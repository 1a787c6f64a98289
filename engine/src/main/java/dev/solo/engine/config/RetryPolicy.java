package dev.solo.engine.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.apiguardian.api.API;

/**
 * nextest's retry policy: {@code solo.retries=N}, or {@code solo.retries.count},
 * {@code .backoff = fixed|exponential}, {@code .delay}, {@code .max-delay}, {@code .jitter}; and
 * Solo's {@code .on}, the failures worth a retry ({@link RetryCondition}).
 *
 * @param on the failures retried; empty, every failure is
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record RetryPolicy(int count, boolean exponential, Duration delay, Optional<Duration> maxDelay, boolean jitter,
		List<RetryCondition> on) {

	public static final RetryPolicy NONE = new RetryPolicy(0, false, Duration.ZERO, Optional.empty(), false);

	public RetryPolicy {
		on = List.copyOf(on);
	}

	/** A policy that retries every failure. */
	public RetryPolicy(int count, boolean exponential, Duration delay, Optional<Duration> maxDelay, boolean jitter) {
		this(count, exponential, delay, maxDelay, jitter, List.of());
	}

	static RetryPolicy read(Settings.Reader reader) {
		int count = reader.integer("retries", 0);
		if (count < 0) {
			throw reader.invalid("retries", "expected zero or more");
		}
		String backoff = reader.word("retries.backoff", "fixed", "exponential");
		return new RetryPolicy(count, backoff.equals("exponential"),
				reader.duration("retries.delay").orElse(Duration.ZERO),
				reader.duration("retries.max-delay"),
				reader.bool("retries.jitter", false),
				conditions(reader));
	}

	/** {@code retries.on}: a TOML array, or as a parameter the conditions separated by commas or spaces. */
	private static List<RetryCondition> conditions(Settings.Reader reader) {
		Optional<SettingValue> value = reader.value("retries.on");
		if (value.isEmpty()) {
			return List.of();
		}
		List<RetryCondition> conditions = new ArrayList<>();
		for (String item : value.get().items()) {
			for (String written : item.split(",")) {
				if (written.isBlank()) {
					continue;
				}
				conditions.add(RetryCondition.parse(written).orElseThrow(() -> value.get().invalid(
						RetryCondition.EXPECTED + "; '" + written.trim() + "' is none of them")));
			}
		}
		if (conditions.isEmpty()) {
			throw value.get().invalid(RetryCondition.EXPECTED + ", at least one");
		}
		return conditions;
	}

	/** The wait before attempt {@code nextAttempt} (2 for the first retry). */
	public Duration delayBefore(int nextAttempt) {
		Duration wait = delay;
		if (exponential) {
			wait = delay.multipliedBy(1L << Math.min(30, nextAttempt - 2));
		}
		if (maxDelay.isPresent() && wait.compareTo(maxDelay.get()) > 0) {
			wait = maxDelay.get();
		}
		if (jitter && !wait.isZero()) {
			long millis = wait.toMillis();
			wait = Duration.ofMillis(millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
		}
		return wait;
	}
}
