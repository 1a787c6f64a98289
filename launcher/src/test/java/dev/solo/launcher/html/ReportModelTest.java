package dev.solo.launcher.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.engine.config.Isolation;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.MirrorDescriptor;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.CapturedOutput;
import dev.solo.engine.events.ChildReport;
import dev.solo.engine.events.NotRun;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunStats;
import dev.solo.engine.events.TestOutcome;
import dev.solo.launcher.html.ReportModel.Bar;
import dev.solo.launcher.html.ReportModel.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;

/** What a report makes of a run's events: bars on lanes, each test's status, the counts. */
class ReportModelTest {
	private static final String JUPITER = "org.junit.jupiter.engine.JupiterTestEngine";
	private static final UUID RUN = UUID.fromString("0c3f5a6e-1111-4222-8333-944455556666");

	final List<ForkUnit> units = ForkUnit.collect(classWith("core", "com.example.SlowTest", "a", "b", "c", "d", "e"),
			Isolation.TEST);
	final ForkUnit a = units.get(0);
	final ForkUnit b = units.get(1);
	final ForkUnit c = units.get(2);
	final ForkUnit d = units.get(3);
	final ForkUnit e = units.get(4);

	@org.junit.jupiter.api.Test
	void barsLieWhereTheirJvmsRanOnTheLowestFreeLaneAsTheSchedulerGivesSlots() {
		RunTimeline timeline = new RunTimeline(1_000);
		timeline.on(new RunEvent.RunStarted(RUN, "ci", List.of(a, b, c, d), 2, List.of(new NotRun(e, "@Disabled: not now"))), 0);
		timeline.on(new RunEvent.TestStarted(a, 1, 2), 10);
		timeline.on(new RunEvent.TestStarted(b, 1, 2), 12);
		Attempt bFailed = attempt(1, 2, AttemptStatus.FAILED, 40, "b prints\n");
		timeline.on(new RunEvent.AttemptFinished(b, bFailed), 52);
		timeline.on(new RunEvent.TestStarted(b, 2, 2), 60);
		Attempt aPassed = attempt(1, 2, AttemptStatus.PASSED, 290, "");
		timeline.on(new RunEvent.AttemptFinished(a, aPassed), 300);
		timeline.on(new RunEvent.TestFinished(a, new TestOutcome(List.of(aPassed), false)), 300);
		timeline.on(new RunEvent.TestStarted(c, 1, 2), 300);
		Attempt bPassed = attempt(2, 2, AttemptStatus.PASSED, 30, "");
		timeline.on(new RunEvent.AttemptFinished(b, bPassed), 90);
		timeline.on(new RunEvent.TestFinished(b, new TestOutcome(List.of(bFailed, bPassed), false)), 90);
		Attempt cTimedOut = attempt(1, 1, AttemptStatus.TIMED_OUT, 500, "");
		timeline.on(new RunEvent.TestSlow(c, 1, Duration.ofMillis(200), true), 500);
		timeline.on(new RunEvent.AttemptFinished(c, cTimedOut), 800);
		timeline.on(new RunEvent.TestFinished(c, new TestOutcome(List.of(cTimedOut), false)), 800);
		timeline.on(new RunEvent.TestNotRun(d, RunEvent.TestNotRun.AFTER_FAILURE), 800);
		timeline.on(new RunEvent.RunFinished(new RunStats(4, 3, 1, 1, 1, 1, 0, 1, 1, 0, Duration.ofMillis(810)), false), 810);

		ReportModel model = timeline.model();

		assertEquals(RUN.toString(), model.runId());
		assertEquals(2, model.lanes());
		assertFalse(model.timesEstimated());
		assertEquals(List.of("passed", "flaky", "failed", "not-run", "skipped"), model.tests().stream().map(Test::status).toList());
		Test first = model.tests().get(0);
		assertEquals("com.example.SlowTest", first.className());
		assertEquals("a()", first.name());
		assertEquals(Optional.of("core"), first.module());
		// a holds slot 0 from 10 to 300; b's two attempts take slot 1; c takes over a's slot as a ends.
		assertEquals(List.of(bar(0, 10, 300)), lanes(first));
		assertEquals(List.of(bar(1, 12, 52), bar(1, 60, 90)), lanes(model.tests().get(1)));
		assertEquals(List.of(bar(0, 300, 800)), lanes(model.tests().get(2)));
		Bar timedOut = model.tests().get(2).attempts().get(0);
		assertEquals("timed-out", timedOut.status());
		assertTrue(timedOut.slow());
		Bar retried = model.tests().get(1).attempts().get(0);
		assertEquals("b prints\n", retried.output());
		assertTrue(retried.failure().orElseThrow().startsWith("java.lang.AssertionError: b failed"), retried.failure().toString());
		assertEquals(Optional.of(RunEvent.TestNotRun.AFTER_FAILURE), model.tests().get(3).reason());
		assertEquals(Optional.of("@Disabled: not now"), model.tests().get(4).reason());
		assertEquals(List.of(new ReportModel.Results(1, 0, 0, 0, 0), new ReportModel.Results(1, 0, 0, 0, 1),
				new ReportModel.Results(0, 1, 0, 0, 0), new ReportModel.Results(0, 0, 0, 1, 0),
				new ReportModel.Results(0, 0, 1, 0, 0)), model.tests().stream().map(Test::results).toList());
		// As the terminal counts: 4 tests to run ("Starting 4 tests"), the one skipped up front apart.
		assertEquals(new ReportModel.Counts(4, 3, 2, 1, 1, 1, 1, 1), model.counts());
	}

	/**
	 * Where the events name each attempt's slot, a bar lies on it: a JVM started ahead keeps the
	 * slot it was started for, and a live run and its record, whose clocks stamp an event a
	 * millisecond apart, put every bar on the same lane.
	 */
	@org.junit.jupiter.api.Test
	void barsLieOnTheSlotsTheEventsName() {
		for (long jitter : new long[] {0, 1}) {
			RunTimeline timeline = new RunTimeline(1_000);
			timeline.on(new RunEvent.RunStarted(RUN, "default", List.of(a, b, c), 2), 0);
			timeline.on(new RunEvent.TestStarted(a, 1, 1, 1), 10);
			timeline.on(new RunEvent.TestStarted(b, 1, 1, 0), 11);
			Attempt aPassed = attempt(1, 1, AttemptStatus.PASSED, 90, "");
			timeline.on(new RunEvent.AttemptFinished(a, aPassed), 100);
			// c, started ahead behind b, takes b's slot 0 although a's slot 1 is free by then
			timeline.on(new RunEvent.TestStarted(c, 1, 1, 0), 200 + jitter);
			Attempt bPassed = attempt(1, 1, AttemptStatus.PASSED, 189, "");
			timeline.on(new RunEvent.AttemptFinished(b, bPassed), 200);
			Attempt cPassed = attempt(1, 1, AttemptStatus.PASSED, 50, "");
			timeline.on(new RunEvent.AttemptFinished(c, cPassed), 250);

			ReportModel model = timeline.model();

			assertEquals(List.of(bar(1, 10, 100)), lanes(model.tests().get(0)), "jitter " + jitter);
			assertEquals(List.of(bar(0, 11, 200)), lanes(model.tests().get(1)), "jitter " + jitter);
			assertEquals(List.of(bar(0, 200 + jitter, 250)), lanes(model.tests().get(2)), "jitter " + jitter);
			assertEquals(2, model.lanes());
		}
	}

	@org.junit.jupiter.api.Test
	void aRecordWithoutTimesLaysItsBarsEndToEndInEventOrderAndSaysSo() {
		RunTimeline timeline = new RunTimeline(1_000);
		timeline.on(new RunEvent.RunStarted(RUN, "default", List.of(a, b), 1), 0);
		timeline.on(new RunEvent.TestStarted(a, 1, 1), -1);
		Attempt first = attempt(1, 1, AttemptStatus.PASSED, 200, "");
		timeline.on(new RunEvent.AttemptFinished(a, first), -1);
		timeline.on(new RunEvent.TestFinished(a, new TestOutcome(List.of(first), false)), -1);
		timeline.on(new RunEvent.TestStarted(b, 1, 1), -1);
		Attempt second = attempt(1, 1, AttemptStatus.PASSED, 50, "");
		timeline.on(new RunEvent.AttemptFinished(b, second), -1);

		ReportModel model = timeline.model();

		assertTrue(model.timesEstimated());
		assertEquals(List.of(bar(0, 0, 200)), lanes(model.tests().get(0)));
		assertEquals(List.of(bar(0, 200, 250)), lanes(model.tests().get(1)));
		assertEquals(250, model.elapsedMs());
	}

	@org.junit.jupiter.api.Test
	void aPassingTestKeepsTheHeadAndTailOfALongOutputAndAFailingOneMore() {
		String loud = "x".repeat(RunTimeline.PASSING_OUTPUT_CHARS * 3);
		String kept = RunTimeline.capped(loud, RunTimeline.PASSING_OUTPUT_CHARS);
		assertTrue(kept.length() < RunTimeline.PASSING_OUTPUT_CHARS + 50, kept.length() + " characters");
		assertTrue(kept.contains("… " + (loud.length() - RunTimeline.PASSING_OUTPUT_CHARS) + " characters cut …"), kept);
		assertEquals("short", RunTimeline.capped("short", RunTimeline.PASSING_OUTPUT_CHARS));
		assertTrue(RunTimeline.FAILING_OUTPUT_CHARS > RunTimeline.PASSING_OUTPUT_CHARS);
	}

	@org.junit.jupiter.api.Test
	void historyLinesHoldOneEntryPerRunOldestFirstAndOnlyForTestsOfThisRun() {
		List<History.Run> runs = List.of(new History.Run("r1", java.time.Instant.EPOCH, "completed"),
				new History.Run("r2", java.time.Instant.EPOCH, "completed"));
		History history = History.join(runs, List.of(Map.of("x", "p10", "gone", "f3"), Map.of("y", "k40")), Set.of("x", "y", "z"));
		assertEquals(Map.of("x", "p10,", "y", ",k40"), history.results());
	}

	@org.junit.jupiter.api.Test
	void theHistoryReadsTheNewestRunsWhoseLogsFitItsBudget() {
		List<dev.solo.engine.store.RunSummary> runs = List.of(summary(40 << 20), summary(20 << 20), summary(10 << 20),
				summary(1));
		assertEquals(runs.subList(0, 2), History.withinBudget(runs));
		assertEquals(List.of(), History.withinBudget(List.of(summary(History.BUDGET_BYTES + 1))));
	}

	private static dev.solo.engine.store.RunSummary summary(long logBytes) {
		return new dev.solo.engine.store.RunSummary(UUID.randomUUID(), Optional.empty(), "0.1", "cli", List.of(), Map.of(),
				"default", java.time.Instant.EPOCH, java.time.Instant.EPOCH, dev.solo.engine.store.RunStatus.COMPLETED,
				Optional.of(0), Optional.empty(), dev.solo.engine.store.TestCounts.NONE, logBytes / 10, logBytes);
	}

	private static List<Bar> lanes(Test test) {
		return test.attempts().stream().map(bar -> bar(bar.lane(), bar.startMs(), bar.endMs())).toList();
	}

	private static Bar bar(int lane, long start, long end) {
		return new Bar(0, 0, "", start, end, 0, lane, false, "", Optional.empty(), java.util.OptionalLong.empty());
	}

	static Attempt attempt(int number, int total, AttemptStatus status, long millis, String stdout) {
		Optional<Throwable> failure = status.isFailure() ? Optional.of(new AssertionError("b failed")) : Optional.empty();
		return new Attempt(number, total, status, Duration.ofMillis(millis), failure, new ChildReport(),
				new CapturedOutput(stdout.getBytes(StandardCharsets.UTF_8), new byte[0], 0), CapturedOutput.EMPTY,
				Optional.empty(), List.of(), false, 4242, Optional.of(0), List.of(), List.of());
	}

	/** A Solo tree {@code [engine:solo]/[module:<module>]/[class:…]/[method:…]}. */
	static TestDescriptor classWith(String module, String className, String... methods) {
		EngineDescriptor root = new EngineDescriptor(UniqueId.forEngine("solo"), "Solo");
		UniqueId delegate = UniqueId.forEngine("junit-jupiter").append("class", className);
		String simpleName = className.substring(className.lastIndexOf('.') + 1);
		MirrorDescriptor cls = new MirrorDescriptor(root.getUniqueId().append("module", module).append("class", className),
				delegate, simpleName, className, TestDescriptor.Type.CONTAINER, ClassSource.from(className), Set.of(),
				false, JUPITER);
		root.addChild(cls);
		for (String method : methods) {
			cls.addChild(new MirrorDescriptor(cls.getUniqueId().append("method", method + "()"),
					delegate.append("method", method + "()"), method + "()", method + "()", TestDescriptor.Type.TEST,
					MethodSource.from(className, method, ""), Set.of(), false, JUPITER));
		}
		return root;
	}
}
