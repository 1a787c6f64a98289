package dev.solo.engine.store;

import dev.solo.engine.config.Retention;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which runs retention drops, by nextest's rules: per workspace, first those last written longer
 * ago than the maximum age, then the oldest written while there are too many or they take too
 * much room. Decides only; {@link RunStore} deletes.
 */
final class Pruning {
	/** An unfinished run written to this recently may be running now: it is never pruned. */
	static final Duration MAY_BE_RUNNING = Duration.ofHours(1);
	static final Duration AUTOMATIC_INTERVAL = Duration.ofDays(1);

	private Pruning() {
	}

	/**
	 * A run as pruning weighs it.
	 *
	 * @param bytes what its folder takes on disk
	 * @param lastActivity the later of its {@code lastWritten} and its files' last change: a long
	 *        run's summary is written at its start, its event log all along
	 */
	record Candidate(RunSummary run, long bytes, Instant lastActivity) {
	}

	/** The runs to prune, oldest written first. */
	static List<RunSummary> select(List<Candidate> runs, Retention retention, Instant now) {
		List<Candidate> kept = new ArrayList<>(runs);
		kept.sort(Comparator.comparing((Candidate c) -> c.run().lastWritten()).thenComparing(c -> c.run().runId()));
		List<RunSummary> pruned = new ArrayList<>();
		Instant oldestKept = now.minus(retention.maxAge());
		kept.removeIf(candidate -> {
			boolean tooOld = candidate.run().lastWritten().isBefore(oldestKept) && !mayBeRunning(candidate, now);
			if (tooOld) {
				pruned.add(candidate.run());
			}
			return tooOld;
		});
		long bytes = kept.stream().mapToLong(Candidate::bytes).sum();
		int count = kept.size();
		for (Candidate candidate : kept) {
			if (count <= retention.maxRecords() && bytes <= retention.maxTotalBytes()) {
				break;
			}
			if (!mayBeRunning(candidate, now)) {
				pruned.add(candidate.run());
				count--;
				bytes -= candidate.bytes();
			}
		}
		return List.copyOf(pruned);
	}

	/** Whether automatic pruning is due: a day since the last, or never, or a limit exceeded by half again. */
	static boolean due(List<Candidate> runs, Retention retention, Optional<Instant> lastPruned, Instant now) {
		if (lastPruned.isEmpty() || !lastPruned.get().plus(AUTOMATIC_INTERVAL).isAfter(now)) {
			return true;
		}
		long bytes = runs.stream().mapToLong(Candidate::bytes).sum();
		return runs.size() > retention.maxRecords() * 1.5 || bytes > retention.maxTotalBytes() * 1.5;
	}

	static boolean mayBeRunning(Candidate candidate, Instant now) {
		return candidate.run().status() == RunStatus.INCOMPLETE
				&& candidate.lastActivity().isAfter(now.minus(MAY_BE_RUNNING));
	}
}
