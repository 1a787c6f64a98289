package dev.solo.engine.events;

import java.util.List;
import java.util.UUID;

/**
 * What a rerun ({@code solo.rerun}, {@code -R}) starts from: the recorded run it continues, and
 * the tests that run left outstanding which this one does not include (filtered out, or gone).
 * The units that already passed are among {@link RunEvent.RunStarted#skipped()}, with the reason
 * {@link #ALREADY_PASSED}.
 */
public record Rerun(UUID baseRunId, List<Outstanding> notSeen) {
	public static final String ALREADY_PASSED = "already passed";

	public Rerun {
		notSeen = List.copyOf(notSeen);
	}

	/** A test still to pass, by its Solo unique id and its {@link dev.solo.engine.discovery.ForkUnit#name()}. */
	public record Outstanding(String uniqueId, String name) {
	}
}
