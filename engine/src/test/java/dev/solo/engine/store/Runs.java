package dev.solo.engine.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Summaries for the store's tests. */
final class Runs {
	static final Instant T0 = Instant.parse("2026-01-21T20:07:40Z");

	private Runs() {
	}

	static RunSummary run(String id, Instant started) {
		return run(UUID.fromString(id), started, RunStatus.COMPLETED);
	}

	static RunSummary run(UUID id, Instant started, RunStatus status) {
		return new RunSummary(id, Optional.empty(), "0.1.0", "cli", List.of("solo", "run"), Map.of("SOLO_PROFILE", "ci"),
				"default", started, started, status, Optional.of(0), Optional.of(Duration.ofMillis(143)),
				new TestCounts(49, 2, 1, 3, 0), 0, 0);
	}

	static RunSummary written(RunSummary run, Instant lastWritten) {
		return new RunSummary(run.runId(), run.rerunOf(), run.soloVersion(), run.host(), run.command(),
				run.environment(), run.profile(), run.started(), lastWritten, run.status(), run.exitCode(),
				run.duration(), run.counts(), run.compressedBytes(), run.uncompressedBytes());
	}

	/** The run as its recorder leaves it in the index: with what its folder takes on disk. */
	static RunSummary sized(RunSummary run, long bytes) {
		return new RunSummary(run.runId(), run.rerunOf(), run.soloVersion(), run.host(), run.command(),
				run.environment(), run.profile(), run.started(), run.lastWritten(), run.status(), run.exitCode(),
				run.duration(), run.counts(), bytes, run.uncompressedBytes());
	}

	static RunSummary completed(RunSummary run, int passed) {
		return new RunSummary(run.runId(), run.rerunOf(), run.soloVersion(), run.host(), run.command(),
				run.environment(), run.profile(), run.started(), run.lastWritten(), RunStatus.COMPLETED,
				Optional.of(0), Optional.of(Duration.ofSeconds(2)), new TestCounts(passed, 0, 0, 0, 0), 10, 20);
	}
}
