package dev.solo.launcher.store;

import dev.solo.engine.record.StoredArtifacts;
import dev.solo.engine.store.RunStatus;
import dev.solo.engine.store.RunSummary;
import dev.solo.engine.store.TestCounts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** {@code store info}'s lines, nextest's layout: one run's summary, whether it replays, and its sizes. */
final class RunDetails {
	/** What only the run's files tell: whether its log reads back, and how big it is. */
	record Log(boolean replayable, Optional<String> problem, long compressedBytes, long uncompressedBytes,
			long artifactsCompressed, long artifactsUncompressed) {
		Log(boolean replayable, Optional<String> problem, long compressedBytes, long uncompressedBytes) {
			this(replayable, problem, compressedBytes, uncompressedBytes, 0, 0);
		}
	}

	/** Values start in one column: after the longest key, {@code last written at:}. */
	private static final int KEY_WIDTH = "last written at: ".length();

	private RunDetails() {
	}

	static List<String> render(RunSummary run, Log log, ZoneId zone, Instant now) {
		List<String> lines = new ArrayList<>();
		lines.add("Run " + run.runId());
		field(lines, "solo version", run.soloVersion());
		field(lines, "host", run.host());
		field(lines, "command", command(run.command()));
		field(lines, "profile", run.profile());
		run.rerunOf().ifPresent(base -> field(lines, "rerun of", base.toString()));
		List<String> environment = new TreeMap<>(run.environment()).entrySet().stream()
				.map(e -> e.getKey() + "=" + e.getValue()).toList();
		for (int i = 0; i < environment.size(); i++) {
			field(lines, i == 0 ? "env" : "", environment.get(i));
		}
		field(lines, "status", RunTree.status(run.status())
				+ run.exitCode().filter(code -> run.status() != RunStatus.INCOMPLETE)
						.map(code -> " (exit code " + code + ")").orElse(""));
		field(lines, "started at", Times.withOffset(run.started(), zone) + " (" + Times.ago(run.started(), now) + ")");
		field(lines, "last written at",
				Times.withOffset(run.lastWritten(), zone) + " (" + Times.ago(run.lastWritten(), now) + ")");
		field(lines, "duration", run.duration().map(Times::seconds).orElse("-"));
		field(lines, "replayable", (log.replayable() ? "yes" : "no")
				+ log.problem().map(problem -> " (" + problem + ")").orElse(""));
		lines.add("  tests:");
		lines.addAll(counts(run.counts()));
		lines.addAll(sizes(run, log));
		return lines;
	}

	/** The run's artifacts, one a line: test, attempt, file and size; nothing when it kept none. */
	static List<String> artifacts(List<StoredArtifacts.Stored> artifacts) {
		List<String> lines = new ArrayList<>();
		if (artifacts.isEmpty()) {
			return lines;
		}
		lines.add("  artifacts:");
		for (StoredArtifacts.Stored stored : artifacts) {
			lines.add("    " + stored.test() + "  attempt " + stored.attempt() + "  " + stored.artifact().file() + "  "
					+ Sizes.format(stored.artifact().size()));
		}
		return lines;
	}

	private static void field(List<String> lines, String key, String value) {
		String label = key.isEmpty() ? "" : key + ":";
		lines.add("  " + label + " ".repeat(Math.max(1, KEY_WIDTH - label.length())) + value);
	}

	private static List<String> counts(TestCounts counts) {
		Map<String, Integer> shown = new java.util.LinkedHashMap<>();
		shown.put("passed", counts.passed());
		shown.put("flaky", counts.flaky());
		shown.put("failed", counts.failed());
		shown.put("skipped", counts.skipped());
		shown.put("not run", counts.notRun());
		// Already counted above by how they ended, as the summary line's "(N leaky)" is.
		shown.put("leaky", counts.leaky());
		List<String> lines = shown.entrySet().stream().filter(e -> e.getValue() > 0)
				.map(e -> "    " + e.getKey() + ":" + " ".repeat(KEY_WIDTH - 3 - e.getKey().length()) + e.getValue())
				.collect(Collectors.toCollection(ArrayList::new));
		if (lines.isEmpty()) {
			lines.add("    none");
		}
		return lines;
	}

	/** The event log, the run's other files (its summary, its state), and the whole run folder. */
	private static List<String> sizes(RunSummary run, Log log) {
		List<String> lines = new ArrayList<>();
		lines.add(String.format("  %-9s%10s  %12s", "sizes:", "compressed", "uncompressed"));
		lines.add(sizeRow("log", log.compressedBytes(), log.uncompressedBytes()));
		if (log.artifactsUncompressed() > 0) {
			lines.add(sizeRow("artifacts", log.artifactsCompressed(), log.artifactsUncompressed()));
		}
		lines.add(sizeRow("other", run.compressedBytes() - log.compressedBytes() - log.artifactsCompressed(),
				run.uncompressedBytes() - log.uncompressedBytes()));
		lines.add("    " + "─".repeat(5) + "  " + "─".repeat(10) + "  " + "─".repeat(12));
		lines.add(sizeRow("total", run.compressedBytes(), run.uncompressedBytes() + log.artifactsUncompressed()));
		return lines;
	}

	private static String sizeRow(String label, long compressed, long uncompressed) {
		return String.format("    %-9s%8s  %12s", label, Sizes.format(Math.max(0, compressed)),
				Sizes.format(Math.max(0, uncompressed)));
	}

	/** The command line as a shell would take it back: an argument with blanks or quotes in single quotes. */
	static String command(List<String> command) {
		return command.stream().map(arg -> arg.isEmpty() || arg.matches(".*[\\s'\"$\\\\].*")
				? "'" + arg.replace("'", "'\\''") + "'" : arg).collect(Collectors.joining(" "));
	}
}
