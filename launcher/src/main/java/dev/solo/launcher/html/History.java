package dev.solo.launcher.html;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.events.RunEvent;
import dev.solo.engine.record.RecordedRun;
import dev.solo.engine.store.RunStore;
import dev.solo.engine.store.RunSummary;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apiguardian.api.API;

/**
 * Each test's results in the runs recorded before this one, oldest first: what the page's dots,
 * sparklines, flaky rates and "got slower" read. Read from the store's event logs, the newest
 * {@code limit} runs that started before this one (a rerun's base among them: the chain reads as
 * one history). Only the tests of this run are kept, each result as a status letter and its
 * duration in ms ({@code p123}; {@code f} failed, {@code k} flaky, {@code s} skipped, {@code n}
 * not run; empty where the run did not have the test), so that a 5,000-test history stays small.
 *
 * @param runs the runs read, oldest first
 * @param results per test id, one entry per run of {@code runs}, joined by commas
 */
@API(status = INTERNAL, since = "0.1")
public record History(List<Run> runs, Map<String, String> results) {
	/** The default number of earlier runs a report reads. */
	public static final int DEFAULT_RUNS = 10;
	public static final History NONE = new History(List.of(), Map.of());
	/** How much event log, uncompressed, a history reads at most. */
	static final long BUDGET_BYTES = 64L * 1024 * 1024;

	/** One earlier run: its id, when it started, and how it ended (the store's status). */
	public record Run(String id, Instant started, String status) {
	}

	/** The history of {@code model}'s tests before its run, over at most {@code limit} earlier runs of {@code store}. */
	public static History before(RunStore store, ReportModel model, int limit) {
		return read(store, UUID.fromString(model.runId()), Instant.ofEpochMilli(model.startedEpochMs()),
				RecordedReport.ids(model), limit);
	}

	/**
	 * The history of {@code tests} before run {@code current}, from {@code store}; none when the
	 * store cannot be read (a report without history is still a report).
	 */
	public static History read(RunStore store, UUID current, Instant currentStart, Set<String> tests, int limit) {
		if (limit <= 0) {
			return NONE;
		}
		List<RunSummary> earlier;
		try {
			earlier = withinBudget(store.runs().stream().filter(run -> !run.runId().equals(current))
					.filter(run -> !run.started().isAfter(currentStart)).limit(limit).toList());
		}
		catch (IOException | RuntimeException e) {
			return NONE;
		}
		List<RunSummary> oldestFirst = new ArrayList<>(earlier);
		Collections.reverse(oldestFirst);
		List<Run> runs = new ArrayList<>();
		List<Map<String, String>> perRun = new ArrayList<>();
		for (RunSummary summary : oldestFirst) {
			perRun.add(results(RecordedRun.read(store, summary), tests));
			runs.add(new Run(summary.runId().toString(), summary.started(),
					summary.status().name().toLowerCase(Locale.ROOT)));
		}
		return join(runs, perRun, tests);
	}

	/**
	 * The newest of {@code runs} whose event logs add up to at most {@link #BUDGET_BYTES}: every
	 * {@code solo run} reads its history as it ends, and a suite that prints a lot must not pay
	 * seconds for it.
	 */
	static List<RunSummary> withinBudget(List<RunSummary> newestFirst) {
		List<RunSummary> read = new ArrayList<>();
		long bytes = 0;
		for (RunSummary run : newestFirst) {
			bytes += run.uncompressedBytes();
			if (bytes > BUDGET_BYTES) {
				break;
			}
			read.add(run);
		}
		return read;
	}

	/** The runs' results of {@code tests}, one line per test that any of the runs had. */
	static History join(List<Run> runs, List<Map<String, String>> perRun, Set<String> tests) {
		Map<String, String> joined = new HashMap<>();
		for (String id : tests) {
			if (perRun.stream().anyMatch(results -> results.containsKey(id))) {
				joined.put(id, perRun.stream().map(results -> results.getOrDefault(id, ""))
						.collect(Collectors.joining(",")));
			}
		}
		return new History(runs, joined);
	}

	/** What one recorded run says of each of {@code tests}: a damaged record, what it read up to the damage. */
	static Map<String, String> results(RecordedRun run, Set<String> tests) {
		Map<String, String> results = new HashMap<>();
		for (RunEvent event : run.events()) {
			if (event instanceof RunEvent.TestFinished finished) {
				String id = finished.unit().descriptor().getUniqueId().toString();
				if (tests.contains(id)) {
					results.put(id, letter(RunTimeline.status(finished.outcome()))
							+ finished.outcome().last().duration().toMillis());
				}
			}
			else if (event instanceof RunEvent.TestNotRun notRun) {
				String id = notRun.unit().descriptor().getUniqueId().toString();
				if (tests.contains(id)) {
					results.put(id, "n");
				}
			}
		}
		return results;
	}

	private static String letter(String status) {
		return switch (status) {
			case "passed" -> "p";
			case "failed" -> "f";
			case "flaky" -> "k";
			case "skipped" -> "s";
			default -> "n";
		};
	}
}
