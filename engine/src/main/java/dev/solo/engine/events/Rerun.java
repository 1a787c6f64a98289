package dev.solo.engine.events;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.UUID;

import org.apiguardian.api.API;

/**
 * What a rerun ({@code solo.rerun}, {@code -R}) starts from: the recorded run it continues, and
 * the tests that run left outstanding which this one does not include (filtered out, or gone),
 * and how many that passed there it does not include either.
 * The units that already passed are among {@link RunEvent.RunStarted#skipped()}, with the reason
 * {@link #ALREADY_PASSED}.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record Rerun(UUID baseRunId, List<Outstanding> notSeen, int passedNotSeen) {
	public static final String ALREADY_PASSED = "already passed";

	public Rerun {
		notSeen = List.copyOf(notSeen);
	}

	public Rerun(UUID baseRunId, List<Outstanding> notSeen) {
		this(baseRunId, notSeen, 0);
	}

	/**
	 * The base run's tests this run does not include at all (filtered out, or gone): as nextest
	 * counts them, skipped, those that passed there among the tests skipped that already passed.
	 */
	public int notIncluded() {
		return notSeen.size() + passedNotSeen;
	}

	/** A test still to pass, by its Solo unique id and its {@link dev.solo.engine.discovery.ForkUnit#name()}. */
	public record Outstanding(String uniqueId, String name) {
	}
}
