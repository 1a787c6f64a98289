package dev.solo.launcher.store;

import dev.solo.engine.store.RunStatus;
import dev.solo.engine.store.RunSummary;
import dev.solo.engine.store.TestCounts;
import dev.solo.launcher.terminal.Style;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code store list}'s lines, nextest's layout: a run per line, newest first, each rerun under
 * the run it reran ({@code ├─}, {@code └─}), a chain of reruns (each the only rerun of the one
 * before) kept in one column rather than stepping right, then the store's total size.
 */
final class RunTree {
	/** The columns of one run before they are padded to line up. */
	private record Row(String tree, RunSummary run, String date, String duration, String size, String rest) {
	}

	private final Map<UUID, Integer> prefixes;
	private final ZoneId zone;
	private final Style style;
	private final Map<UUID, List<RunSummary>> reruns = new HashMap<>();
	private final List<Row> rows = new ArrayList<>();
	private UUID latest;

	private RunTree(Map<UUID, Integer> prefixes, ZoneId zone, Style style) {
		this.prefixes = prefixes;
		this.zone = zone;
		this.style = style;
	}

	/** The lines for {@code runs}; {@code prefixes} gives each id's unique prefix length. */
	static List<String> render(List<RunSummary> runs, Map<UUID, Integer> prefixes, ZoneId zone, Style style) {
		if (runs.isEmpty()) {
			return List.of("no recorded runs");
		}
		return new RunTree(prefixes, zone, style).lines(runs);
	}

	private List<String> lines(List<RunSummary> runs) {
		List<RunSummary> newestFirst = runs.stream().sorted(Comparator.comparing(RunSummary::started).reversed())
				.toList();
		latest = newestFirst.get(0).runId();
		Set<UUID> known = new HashSet<>();
		newestFirst.forEach(run -> known.add(run.runId()));
		List<RunSummary> roots = new ArrayList<>();
		for (RunSummary run : newestFirst) {
			// A rerun whose base was pruned stands on its own.
			if (run.rerunOf().filter(known::contains).isPresent()) {
				reruns.computeIfAbsent(run.rerunOf().get(), id -> new ArrayList<>()).add(run);
			}
			else {
				roots.add(run);
			}
		}
		for (RunSummary root : roots) {
			row("", root);
			branches(root, "");
		}
		List<String> lines = new ArrayList<>();
		lines.add(runs.size() + (runs.size() == 1 ? " recorded run:" : " recorded runs:"));
		lines.addAll(aligned());
		lines.add("─────────");
		lines.add(Sizes.format(runs.stream().mapToLong(RunSummary::compressedBytes).sum()));
		return lines;
	}

	/** A run's reruns, one column further right, each followed by what reran it. */
	private void branches(RunSummary base, String indent) {
		List<RunSummary> children = reruns.getOrDefault(base.runId(), List.of());
		for (int i = 0; i < children.size(); i++) {
			boolean last = i == children.size() - 1;
			row(indent + (last ? "└─" : "├─"), children.get(i));
			chain(children.get(i), indent + (last ? "  " : "│ "));
		}
	}

	/** The only rerun of a rerun goes under it in the same column, as nextest shows a chain; several branch. */
	private void chain(RunSummary run, String indent) {
		List<RunSummary> children = reruns.getOrDefault(run.runId(), List.of());
		if (children.size() == 1) {
			row(indent, children.get(0));
			chain(children.get(0), indent);
		}
		else {
			branches(run, indent);
		}
	}

	private void row(String tree, RunSummary run) {
		String rest = counts(run.counts()) + switch (run.status()) {
			case COMPLETED -> "";
			case CANCELLED -> " (cancelled)";
			case INCOMPLETE -> " (incomplete)";
		} + (run.runId().equals(latest) ? " " + style.bold("*latest") : "");
		rows.add(new Row(tree, run, Times.local(run.started(), zone),
				run.duration().map(Times::seconds).orElse("-"), Sizes.format(run.compressedBytes()), rest));
	}

	private List<String> aligned() {
		int idWidth = rows.stream().mapToInt(row -> row.tree().length() + id(row.run()).length()).max().orElse(0);
		int durationWidth = rows.stream().mapToInt(row -> row.duration().length()).max().orElse(0);
		int sizeWidth = rows.stream().mapToInt(row -> row.size().length()).max().orElse(0);
		List<String> lines = new ArrayList<>();
		for (Row row : rows) {
			String id = id(row.run());
			lines.add(row.tree() + painted(row.run(), id)
					+ " ".repeat(idWidth - row.tree().length() - id.length()) + " " + row.date() + " "
					+ padLeft(row.duration(), durationWidth) + " " + padLeft(row.size(), sizeWidth) + " " + row.rest());
		}
		return lines;
	}

	/** Eight characters, as nextest shows ids, or more when it takes more to tell two runs apart. */
	private String id(RunSummary run) {
		return run.runId().toString().substring(0, Math.max(8, unique(run)));
	}

	/** The unique prefix bold magenta, where -R would need no more. */
	private String painted(RunSummary run, String id) {
		int unique = Math.min(id.length(), unique(run));
		return style.magenta(id.substring(0, unique)) + id.substring(unique);
	}

	private int unique(RunSummary run) {
		return prefixes.getOrDefault(run.runId(), 8);
	}

	private static String padLeft(String text, int width) {
		return " ".repeat(width - text.length()) + text;
	}

	/** {@code 49 passed / 2 failed}: what the run's summary line counted, the failures only when there are some. */
	static String counts(TestCounts counts) {
		StringBuilder text = new StringBuilder(counts.passed() + " passed");
		if (counts.failed() > 0) {
			text.append(" / ").append(counts.failed()).append(" failed");
		}
		if (counts.notRun() > 0) {
			text.append(" / ").append(counts.notRun()).append(" not run");
		}
		return text.toString();
	}

	static String status(RunStatus status) {
		return status.name().toLowerCase(java.util.Locale.ROOT);
	}
}
