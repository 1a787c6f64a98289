package dev.solo.launcher.store;

import dev.solo.engine.store.RunStatus;
import dev.solo.engine.store.RunSummary;
import dev.solo.engine.store.TestCounts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Synthetic run summaries, as the store's index would hold them. */
final class Summaries {
	static final Instant T0 = Instant.parse("2026-01-21T20:07:40Z");

	private Summaries() {
	}

	/** A completed run {@code id} (a UUID's text) started {@code minutes} after T0, {@code kb} thousand bytes. */
	static RunSummary run(String id, int minutes, long kb, int passed, int failed) {
		return new RunSummary(UUID.fromString(id), Optional.empty(), "0.1.0", "cli", List.of("solo", "run"), Map.of(),
				"default", T0.plusSeconds(minutes * 60L), T0.plusSeconds(minutes * 60L), RunStatus.COMPLETED,
				Optional.of(failed > 0 ? 100 : 0), Optional.of(Duration.ofMillis(143)),
				new TestCounts(passed, failed, 0, 0, 0), kb * 1000, kb * 10_000);
	}

	static RunSummary rerun(String id, RunSummary of, int minutes, long kb, int passed) {
		RunSummary run = run(id, minutes, kb, passed, 0);
		return new RunSummary(run.runId(), Optional.of(of.runId()), run.soloVersion(), run.host(), run.command(),
				run.environment(), run.profile(), run.started(), run.lastWritten(), run.status(), run.exitCode(),
				run.duration(), run.counts(), run.compressedBytes(), run.uncompressedBytes());
	}

	static RunSummary withStatus(RunSummary run, RunStatus status) {
		return new RunSummary(run.runId(), run.rerunOf(), run.soloVersion(), run.host(), run.command(),
				run.environment(), run.profile(), run.started(), run.lastWritten(), status, run.exitCode(),
				status == RunStatus.INCOMPLETE ? Optional.empty() : run.duration(), run.counts(), run.compressedBytes(),
				run.uncompressedBytes());
	}
}
