package dev.solo.launcher.html;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.SoloIds;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.NotRun;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.TestOutcome;
import dev.solo.engine.events.TestResult;
import dev.solo.engine.events.TestTally;
import dev.solo.engine.events.UnitTests;
import dev.solo.launcher.html.ReportModel.Bar;
import dev.solo.launcher.html.ReportModel.Counts;
import dev.solo.launcher.html.ReportModel.Results;
import dev.solo.launcher.html.ReportModel.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.apiguardian.api.API;
import org.junit.platform.engine.UniqueId;

/**
 * Builds a {@link ReportModel} from a run's events, each with its time from the run's start (the
 * record's {@code at-ms}, or the clock of a live run). A bar runs from its attempt's
 * {@code TestStarted}, where the scheduler granted its slot, to its {@code AttemptFinished}; its
 * lane is that global slot, as the event names it (a record older than that gets lanes as the
 * scheduler gives slots, {@link Lanes}). A record without times gets bars laid end to end in
 * event order.
 */
@API(status = INTERNAL, since = "0.1")
public final class RunTimeline {
	/** What of a test's output a passing attempt keeps in the page, head and tail: the page stays small. */
	static final int PASSING_OUTPUT_CHARS = 2_000;
	/** What a failing attempt keeps: enough to read the failure's context. */
	static final int FAILING_OUTPUT_CHARS = 64_000;

	// By unit, as the JUnit XML report keeps them: two units never share a row, whatever their ids.
	private final Map<ForkUnit, Row> rows = new LinkedHashMap<>();
	private final Map<Started, StartedAt> started = new HashMap<>();
	private final List<Span> spans = new ArrayList<>();
	private final TestTally tally = new TestTally();
	private String runId = "";
	private String profile = "default";
	private int testThreads = 1;
	private long startedEpochMs;
	private long lastMs;
	private boolean cancelled;
	private boolean estimated;
	// Where the run's clock stands when the record kept no times: the end of the latest attempt seen.
	private long virtualClock;

	public RunTimeline(long startedEpochMs) {
		this.startedEpochMs = startedEpochMs;
	}

	/** One event, {@code atMs} after the run's start, or -1 where the record kept no time. */
	public void on(RunEvent event, long atMs) {
		if (atMs < 0 && !(event instanceof RunEvent.RunStarted)) {
			estimated = true;
		}
		long at = atMs >= 0 ? atMs : virtualClock;
		lastMs = Math.max(lastMs, at);
		if (event instanceof RunEvent.RunStarted run) {
			runId = run.runId().toString();
			profile = run.profile();
			testThreads = run.testThreads();
			tally.runStarted(run.units(), run.skipped());
			run.units().forEach(unit -> row(unit));
			for (NotRun skipped : run.skipped()) {
				Row row = row(skipped.unit());
				row.ended("skipped", Optional.of(skipped.reason()));
				row.results = new Results(0, 0,
						UnitTests.notRun(skipped.unit(), skipped.reason(), TestResult.Status.SKIPPED).size(), 0, 0);
			}
		}
		else if (event instanceof RunEvent.TestStarted start) {
			started.put(new Started(start.unit(), start.attempt()), new StartedAt(at, start.globalSlot()));
		}
		else if (event instanceof RunEvent.TestSlow slow) {
			row(slow.unit()).slowAttempts.add(slow.attempt());
		}
		else if (event instanceof RunEvent.AttemptFinished finished) {
			attemptFinished(finished.unit(), finished.attempt(), atMs);
		}
		else if (event instanceof RunEvent.TestFinished finished) {
			Row row = row(finished.unit());
			row.ended(status(finished.outcome()), reason(finished.outcome()));
			row.results = results(tally.finished(finished));
		}
		else if (event instanceof RunEvent.TestNotRun notRun) {
			Row row = row(notRun.unit());
			row.ended("not-run", Optional.of(notRun.reason()));
			row.results = results(tally.notRun(notRun.unit(), notRun.reason()));
		}
		else if (event instanceof RunEvent.RunFinished finished) {
			cancelled = finished.cancelled();
		}
	}

	private void attemptFinished(ForkUnit unit, Attempt attempt, long atMs) {
		long durationMs = attempt.duration().toMillis();
		StartedAt startedAt = started.remove(new Started(unit, attempt.number()));
		Long start = startedAt == null ? null : startedAt.atMs();
		long begin;
		long end;
		if (atMs >= 0) {
			end = atMs;
			begin = start != null ? Math.min(start, end) : Math.max(0, end - durationMs);
		}
		else {
			begin = start != null ? start : virtualClock;
			end = begin + durationMs;
			virtualClock = Math.max(virtualClock, end);
		}
		lastMs = Math.max(lastMs, end);
		Row row = row(unit);
		Span span = new Span(row, attempt, begin, end, row.slowAttempts.contains(attempt.number()),
				startedAt == null ? RunEvent.TestStarted.UNKNOWN_SLOT : startedAt.slot());
		row.spans.add(span);
		spans.add(span);
	}

	public ReportModel model() {
		Lanes.assign(spans);
		List<Test> tests = new ArrayList<>();
		for (Row row : rows.values()) {
			List<Bar> bars = row.spans.stream().map(Span::bar).toList();
			Results results = row.results != null ? row.results : new Results(0, 0, 0, tally.weight(row.unit), 0);
			tests.add(new Test(row.id, row.className, row.name, row.module, row.status, row.reason, bars, results));
		}
		Counts counts = new Counts(tally.total(), tally.ran(), tally.passed(), tally.failed(), tally.flaky(),
				tally.skipped(), tally.notRun(), tally.timedOut());
		return new ReportModel(runId, profile, testThreads, startedEpochMs, lastMs, cancelled, estimated, tests,
				counts);
	}

	private Row row(ForkUnit unit) {
		return rows.computeIfAbsent(unit, any -> new Row(unit.descriptor().getUniqueId().toString(), unit));
	}

	/** An attempt of a unit that started: where its bar begins. */
	private record Started(ForkUnit unit, int attempt) {
	}

	private record StartedAt(long atMs, int slot) {
	}

	private static Results results(List<TestResult> tests) {
		int[] counts = new int[TestResult.Status.values().length];
		tests.forEach(test -> counts[test.status().ordinal()]++);
		int flaky = (int) tests.stream().filter(TestResult::flaky).count();
		return new Results(counts[TestResult.Status.PASSED.ordinal()], counts[TestResult.Status.FAILED.ordinal()],
				counts[TestResult.Status.SKIPPED.ordinal()], counts[TestResult.Status.NOT_RUN.ordinal()], flaky);
	}

	static String status(TestOutcome outcome) {
		AttemptStatus last = outcome.last().status();
		if (outcome.isFlaky()) {
			return "flaky";
		}
		if (outcome.isFailure()) {
			return "failed";
		}
		if (last == AttemptStatus.SKIPPED || last == AttemptStatus.ABORTED) {
			return "skipped";
		}
		return last == AttemptStatus.CANCELLED ? "not-run" : "passed";
	}

	private static Optional<String> reason(TestOutcome outcome) {
		Attempt last = outcome.last();
		if (last.status() == AttemptStatus.SKIPPED || last.status() == AttemptStatus.ABORTED
				|| last.status() == AttemptStatus.CANCELLED) {
			return Optional.of(last.failure().map(Throwable::getMessage)
					.orElse(last.status().name().toLowerCase(Locale.ROOT)));
		}
		return Optional.empty();
	}

	static String attemptStatus(AttemptStatus status) {
		return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The module a unit's id names ({@code [module:core]}), where the run had modules. */
	static Optional<String> module(UniqueId id) {
		return id.getSegments().stream().filter(s -> s.getType().equals(SoloIds.MODULE_SEGMENT))
				.map(UniqueId.Segment::getValue).findFirst();
	}

	/** The head and tail of {@code text}, {@code max} characters in all, with the cut said. */
	static String capped(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int half = max / 2;
		return text.substring(0, half) + "\n… " + (text.length() - max) + " characters cut …\n"
				+ text.substring(text.length() - half);
	}

	/** An attempt's failure as its stack trace, or what ended it where there is no exception. */
	static Optional<String> failure(Attempt attempt) {
		if (attempt.failure().isPresent()) {
			StringWriter stack = new StringWriter();
			attempt.failure().get().printStackTrace(new PrintWriter(stack));
			return Optional.of(stack.toString());
		}
		return attempt.isFailure() ? Optional.of("test " + attemptStatus(attempt.status())) : Optional.empty();
	}

	/** One unit's row while the events come. */
	private static final class Row {
		final String id;
		final ForkUnit unit;
		final String className;
		final String name;
		final Optional<String> module;
		final List<Span> spans = new ArrayList<>();
		final List<Integer> slowAttempts = new ArrayList<>();
		String status = "not-run";
		Optional<String> reason = Optional.of("not run");
		Results results;

		Row(String id, ForkUnit unit) {
			this.id = id;
			this.unit = unit;
			String full = unit.name();
			int hash = full.indexOf('#');
			this.className = hash < 0 ? full : full.substring(0, hash);
			this.name = hash < 0 ? unit.descriptor().getDisplayName() : full.substring(hash + 1);
			this.module = module(unit.descriptor().getUniqueId());
		}

		void ended(String status, Optional<String> reason) {
			this.status = status;
			this.reason = reason;
		}
	}

	/** One attempt's bar; its lane is given once every bar is known. */
	static final class Span {
		final Row row;
		final Attempt attempt;
		final long start;
		final long end;
		final boolean slow;
		/** The global slot its attempt ran on, as the scheduler said; {@code UNKNOWN_SLOT} in an older record. */
		final int slot;
		int lane;

		private Span(Row row, Attempt attempt, long start, long end, boolean slow, int slot) {
			this.row = row;
			this.attempt = attempt;
			this.start = start;
			this.end = end;
			this.slow = slow;
			this.slot = slot;
		}

		Span(long start, long end) {
			this(start, end, RunEvent.TestStarted.UNKNOWN_SLOT);
		}

		Span(long start, long end, int slot) {
			this(null, null, start, end, false, slot);
		}

		Bar bar() {
			String output = attempt.stdout().text() + attempt.stderr().text();
			int cap = attempt.isFailure() ? FAILING_OUTPUT_CHARS : PASSING_OUTPUT_CHARS;
			return new Bar(attempt.number(), attempt.totalAttempts(), attemptStatus(attempt.status()), start, end,
					attempt.duration().toMillis(), lane, slow, capped(output, cap), failure(attempt),
					attempt.memory().peakRss());
		}
	}
}
