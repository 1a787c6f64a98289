package dev.solo.engine.events;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.util.List;

import org.apiguardian.api.API;

/** Every attempt of one unit and what they add up to. */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record TestOutcome(List<Attempt> attempts, boolean flakyFails) {

	public TestOutcome {
		attempts = List.copyOf(attempts);
		if (attempts.isEmpty()) {
			throw new IllegalArgumentException("an outcome needs at least one attempt");
		}
	}

	public Attempt last() {
		return attempts.get(attempts.size() - 1);
	}

	/** Failed at first, passed on a retry. */
	public boolean isFlaky() {
		return attempts.size() > 1 && last().status() == AttemptStatus.PASSED;
	}

	public boolean isFailure() {
		return last().isFailure() || (isFlaky() && flakyFails);
	}

	public Duration totalDuration() {
		return attempts.stream().map(Attempt::duration).reduce(Duration.ZERO, Duration::plus);
	}
}
