package dev.solo.engine.replay;

import java.util.ArrayDeque;
import java.util.Deque;

import org.junit.platform.engine.TestDescriptor;

/**
 * What the host has heard so far of one unit that is running: whether its descriptor is started,
 * and, for an attempt no retry can follow, how many of its child's entries were replayed as they
 * arrived and which of the tests they started are still open.
 */
final class LiveUnit {
	/** The attempt whose child's entries count; an earlier attempt's late ones do not. */
	int attempt;
	/** No retry can follow this attempt: everything its child reports is replayed at once. */
	boolean live;
	/** How many entries of the attempt's report were replayed, or passed over, as they arrived. */
	int replayed;
	/** The unit's own descriptor is started in the host; it stays so across its retries. */
	boolean started;
	/** Descriptors inside the unit that the host saw start and not yet finish, innermost first. */
	final Deque<TestDescriptor> open = new ArrayDeque<>();

	void attemptStarted(int number, int total) {
		attempt = number;
		live = number == total;
		replayed = 0;
	}

	/** Where the replay of {@code attempt}'s whole report picks up. */
	int replayedOf(int attemptNumber) {
		return live && attempt == attemptNumber ? replayed : 0;
	}
}
