package dev.solo.launcher.terminal;

import static dev.solo.launcher.terminal.Runs.attempt;
import static dev.solo.launcher.terminal.Runs.classWith;
import static dev.solo.launcher.terminal.Runs.invocations;
import static dev.solo.launcher.terminal.Runs.parameterized;
import static dev.solo.launcher.terminal.Runs.stats;
import static dev.solo.launcher.terminal.Runs.units;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.solo.engine.config.Isolation;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.MirrorDescriptor;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.ChildReport;
import dev.solo.engine.events.NotRun;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.TestOutcome;
import dev.solo.launcher.terminal.TerminalReporter.OutputTiming;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;

/** The reporter on synthetic events: which lines it prints, and what it counts. */
class TerminalReporterTest {
	private static final UUID RUN = UUID.fromString("1f79aa0d-0000-0000-0000-000000000000");

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	@Test
	void aClassRunWholeCountsItsTestsAndSplitsThemByWhatTheChildReported() {
		List<ForkUnit> units = units(classWith("WholeTest", "a", "b", "c"), Isolation.CLASS);
		ForkUnit whole = units.get(0);
		ChildReport report = new ChildReport();
		List<MirrorDescriptor> tests = whole.descriptor().getChildren().stream().map(MirrorDescriptor.class::cast).toList();
		report.add(new ChildReport.Finished(tests.get(0).delegateId(), TestExecutionResult.successful()));
		report.add(new ChildReport.Finished(tests.get(1).delegateId(), TestExecutionResult.failed(new AssertionError())));
		report.add(new ChildReport.Finished(tests.get(2).delegateId(), TestExecutionResult.successful()));
		TerminalReporter reporter = reporter(StatusLevel.PASS, FinalStatusLevel.NONE, true);
		reporter.on(new RunEvent.RunStarted(RUN, "default", units, 2));
		reporter.on(new RunEvent.TestStarted(whole, 1, 1));
		finish(reporter, whole, attempt(1, 1, AttemptStatus.FAILED, 412, report));
		reporter.on(new RunEvent.RunFinished(stats(1), false));
		assertEquals(List.of(
				"        Solo run ID 1f79aa0d-0000-0000-0000-000000000000 with profile: default",
				"    Starting 3 tests across 1 class",
				"       WHOLE 1 class in one JVM of its own (solo.isolation=class)",
				"        PASS [   0.000s] (1/3) com.example.WholeTest a()",
				"        FAIL [   0.000s] (2/3) com.example.WholeTest b()",
				"        PASS [   0.000s] (3/3) com.example.WholeTest c()",
				"────────────",
				"     Summary [   4.210s] 3 tests run: 2 passed, 1 failed"), lines());
	}

	@Test
	void eachInvocationOfAParameterizedTestIsATestWithALineOfItsOwnAndTheFailingOneIsListedAgain() {
		List<ForkUnit> units = units(parameterized("ParamTest", "positive"), Isolation.TEST);
		ForkUnit unit = units.get(0);
		ChildReport report = invocations(unit, null, null, new AssertionError("the third value fails"));
		TerminalReporter reporter = reporter(StatusLevel.PASS, FinalStatusLevel.FAIL, true);
		reporter.on(new RunEvent.RunStarted(RUN, "default", units, 1));
		finish(reporter, unit, attempt(1, 1, AttemptStatus.FAILED, 412, report));
		reporter.on(new RunEvent.RunFinished(stats(1), false));
		assertEquals(List.of(
				"        Solo run ID 1f79aa0d-0000-0000-0000-000000000000 with profile: default",
				// Invocations exist only once the unit runs: the counter grows by those it registered.
				"    Starting 1 test across 1 class",
				"        PASS [   0.100s] (1/3) com.example.ParamTest positive(int)[1]",
				"        PASS [   0.100s] (2/3) com.example.ParamTest positive(int)[2]",
				"        FAIL [   0.100s] (3/3) com.example.ParamTest positive(int)[3]",
				"────────────",
				"     Summary [   4.210s] 3 tests run: 2 passed, 1 failed",
				"        FAIL [   0.100s] (3/3) com.example.ParamTest positive(int)[3]"), lines());
	}

	@Test
	void testsThatRanAreCountedApartFromSkippedOnes() {
		List<ForkUnit> units = units(classWith("WholeTest", "a", "b", "c"), Isolation.CLASS);
		ForkUnit whole = units.get(0);
		List<MirrorDescriptor> tests = whole.descriptor().getChildren().stream().map(MirrorDescriptor.class::cast).toList();
		ChildReport report = new ChildReport();
		report.add(new ChildReport.Finished(tests.get(0).delegateId(), TestExecutionResult.successful()));
		report.add(new ChildReport.Skipped(tests.get(1).delegateId(), "disabled"));
		report.add(new ChildReport.Finished(tests.get(2).delegateId(), TestExecutionResult.aborted(null)));
		TerminalReporter reporter = reporter(StatusLevel.SKIP, FinalStatusLevel.NONE, true);
		reporter.on(new RunEvent.RunStarted(RUN, "default", units, 1));
		finish(reporter, whole, attempt(1, 1, AttemptStatus.PASSED, 5, report));
		reporter.on(new RunEvent.RunFinished(stats(1), false));
		List<String> lines = lines();
		assertEquals("        SKIP [   0.000s] (2/3) com.example.WholeTest b()", lines.get(4));
		assertEquals("     Summary [   4.210s] 1 test run: 1 passed, 2 skipped", lines.get(lines.size() - 1));
	}

	@Test
	void oneTestOneClassAndOneSkippedAreSingular() {
		List<ForkUnit> units = units(classWith("OneTest", "only", "other"), Isolation.TEST);
		TerminalReporter reporter = reporter(StatusLevel.PASS, FinalStatusLevel.NONE, true);
		reporter.on(new RunEvent.RunStarted(RUN, "default", units.subList(0, 1), 1,
				List.of(new NotRun(units.get(1), "not in partition hash:1/2"))));
		finish(reporter, units.get(0), attempt(1, 1, AttemptStatus.PASSED, 5));
		reporter.on(new RunEvent.RunFinished(stats(1), false));
		List<String> lines = lines();
		assertEquals("    Starting 1 test across 1 class (1 test skipped)", lines.get(1));
		assertEquals("     Summary [   4.210s] 1 test run: 1 passed, 1 skipped", lines.get(lines.size() - 1));
	}

	@Test
	void statusLevelFailShowsOnlyFailuresAndFinalLevelPassListsEveryTestFailuresLast() {
		List<ForkUnit> units = units(classWith("MixedTest", "passes", "flakes", "fails"), Isolation.TEST);
		TerminalReporter reporter = reporter(StatusLevel.FAIL, FinalStatusLevel.PASS, true);
		runPassFlakyFail(reporter, units);
		assertEquals(List.of(
				"        Solo run ID 1f79aa0d-0000-0000-0000-000000000000 with profile: default",
				"    Starting 3 tests across 1 class",
				"        FAIL [   0.300s] (3/3) com.example.MixedTest fails()",
				"────────────",
				"     Summary [   4.210s] 3 tests run: 2 passed (1 flaky), 1 failed",
				"        PASS [   0.100s] (1/3) com.example.MixedTest passes()",
				"   FLAKY 2/2 [   0.250s] (2/3) com.example.MixedTest flakes()",
				"        FAIL [   0.300s] (3/3) com.example.MixedTest fails()"), lines());
	}

	@Test
	void statusLevelRetryAddsRetriesAndTheDefaultFinalLevelListsFlakyAndFailedTests() {
		List<ForkUnit> units = units(classWith("MixedTest", "passes", "flakes", "fails"), Isolation.TEST);
		TerminalReporter reporter = reporter(StatusLevel.RETRY, FinalStatusLevel.FLAKY, false);
		runPassFlakyFail(reporter, units);
		assertEquals(List.of(
				"        Solo run ID 1f79aa0d-0000-0000-0000-000000000000 with profile: default",
				"    Starting 3 tests across 1 class",
				"  TRY 1 FAIL [   0.200s] com.example.MixedTest flakes()",
				"   RETRY 2/2 com.example.MixedTest flakes()",
				"  TRY 2 PASS [   0.250s] com.example.MixedTest flakes()",
				"        FAIL [   0.300s] com.example.MixedTest fails()",
				"────────────",
				"     Summary [   4.210s] 3 tests run: 2 passed (1 flaky), 1 failed",
				"   FLAKY 2/2 [   0.250s] com.example.MixedTest flakes()",
				"        FAIL [   0.300s] com.example.MixedTest fails()"), lines());
	}

	@Test
	void statusLevelNoneLeavesTheHeaderAndTheSummary() {
		List<ForkUnit> units = units(classWith("MixedTest", "passes", "flakes", "fails"), Isolation.TEST);
		TerminalReporter reporter = reporter(StatusLevel.NONE, FinalStatusLevel.NONE, true);
		runPassFlakyFail(reporter, units);
		assertEquals(List.of(
				"        Solo run ID 1f79aa0d-0000-0000-0000-000000000000 with profile: default",
				"    Starting 3 tests across 1 class",
				"────────────",
				"     Summary [   4.210s] 3 tests run: 2 passed (1 flaky), 1 failed"), lines());
	}

	@Test
	void levelsAreReadAsNextestSpellsThem() {
		assertEquals(Optional.of(FinalStatusLevel.FLAKY), FinalStatusLevel.parse("retry"));
		assertEquals(Optional.of(StatusLevel.SKIP), StatusLevel.parse(" Skip "));
		assertEquals(Optional.empty(), StatusLevel.parse("flaky"));
		assertEquals("'loud' is not one of none, fail, retry, slow, leak, pass, skip, all",
				org.junit.jupiter.api.Assertions.assertThrows(picocli.CommandLine.TypeConversionException.class,
						() -> new StatusLevel.Converter().convert("loud")).getMessage());
		assertEquals(true, StatusLevel.SLOW.shows(StatusLevel.RETRY));
		assertEquals(false, StatusLevel.SLOW.shows(StatusLevel.PASS));
		assertEquals(true, FinalStatusLevel.SKIP.shows(FinalStatusLevel.SLOW));
		assertEquals(false, FinalStatusLevel.SKIP.shows(FinalStatusLevel.PASS));
	}

	/** passes, then flakes (fails once, passes on its retry), then fails. */
	private static void runPassFlakyFail(TerminalReporter reporter, List<ForkUnit> units) {
		reporter.on(new RunEvent.RunStarted(RUN, "default", units, 1));
		finish(reporter, units.get(0), attempt(1, 1, AttemptStatus.PASSED, 100));
		Attempt first = attempt(1, 2, AttemptStatus.FAILED, 200);
		reporter.on(new RunEvent.TestStarted(units.get(1), 1, 2));
		reporter.on(new RunEvent.AttemptFinished(units.get(1), first));
		reporter.on(new RunEvent.TestRetrying(units.get(1), first, Duration.ZERO));
		reporter.on(new RunEvent.TestStarted(units.get(1), 2, 2));
		Attempt second = attempt(2, 2, AttemptStatus.PASSED, 250);
		reporter.on(new RunEvent.AttemptFinished(units.get(1), second));
		reporter.on(new RunEvent.TestFinished(units.get(1), new TestOutcome(List.of(first, second), false)));
		finish(reporter, units.get(2), attempt(1, 1, AttemptStatus.FAILED, 300));
		reporter.on(new RunEvent.RunFinished(stats(3), false));
	}

	private static void finish(TerminalReporter reporter, ForkUnit unit, Attempt attempt) {
		reporter.on(new RunEvent.TestStarted(unit, attempt.number(), attempt.totalAttempts()));
		reporter.on(new RunEvent.AttemptFinished(unit, attempt));
		reporter.on(new RunEvent.TestFinished(unit, new TestOutcome(List.of(attempt), false)));
	}

	private TerminalReporter reporter(StatusLevel level, FinalStatusLevel finalLevel, boolean counter) {
		Screen screen = new Screen(new PrintStream(bytes, true, StandardCharsets.UTF_8), Optional.empty());
		return new TerminalReporter(screen, new Style(false), new TerminalReporter.Settings(false, counter, level,
				finalLevel, OutputTiming.NEVER, OutputTiming.NEVER));
	}

	private List<String> lines() {
		return bytes.toString(StandardCharsets.UTF_8).lines().toList();
	}
}
