package dev.solo.launcher.terminal;

import static dev.solo.launcher.terminal.Runs.attempt;
import static dev.solo.launcher.terminal.Runs.classWith;
import static dev.solo.launcher.terminal.Runs.stats;
import static dev.solo.launcher.terminal.Runs.units;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.solo.engine.config.Isolation;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.CapturedOutput;
import dev.solo.engine.events.NotRun;
import dev.solo.engine.events.Rerun;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.TestOutcome;
import dev.solo.launcher.terminal.TerminalReporter.OutputTiming;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A rerun's start line and closing note, and captured output's indentation, on synthetic events. */
class RerunReportTest {
	private static final UUID RUN = UUID.fromString("e8082b32-0000-0000-0000-000000000000");
	private static final UUID BASE = UUID.fromString("b0b38ba7-0000-0000-0000-000000000000");
	private static final Rerun.Outstanding ELSEWHERE = new Rerun.Outstanding(
			"[engine:solo]/[module:core]/[class:com.example.OtherTest]/[method:roundtrip()]",
			"com.example.OtherTest#roundtrip()");

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	@Test
	void aRerunThatPassesWhatItRanButLeftOneOutSaysWhichAndThatItRemains() {
		List<ForkUnit> units = units(classWith("MathTest", "fixed", "a", "b"), Isolation.TEST);
		TerminalReporter reporter = reporter(OutputTiming.NEVER, true);
		reporter.on(new RunEvent.RunStarted(RUN, "default", units.subList(0, 1), 1,
				List.of(passed(units.get(1)), passed(units.get(2))), Optional.of(new Rerun(BASE, List.of(ELSEWHERE)))));
		finish(reporter, units.get(0), attempt(1, 1, AttemptStatus.PASSED, 154));
		reporter.on(new RunEvent.RunFinished(stats(1), false));
		assertEquals(List.of(
				"        Solo run ID e8082b32-0000-0000-0000-000000000000 with profile: default",
				// nextest counts the outstanding test left out among the skipped, as not having passed.
				"    Starting 1 test across 1 class (3 tests skipped, including 2 tests that already passed)",
				"        PASS [   0.154s] com.example.MathTest fixed()",
				"────────────",
				"     Summary [   4.210s] 1 test run: 1 passed, 3 skipped",
				"        Note 1 outstanding test not seen during this rerun:",
				"                 core com.example.OtherTest roundtrip()",
				"warning: 1 outstanding test still remains",
				"(hint: solo run -R latest to continue rerunning)"), lines());
	}

	@Test
	void skippedTestsThatDidNotPassBeforeAreCountedApartAndAFailureStillRemains() {
		List<ForkUnit> units = units(classWith("MathTest", "fails", "a", "b"), Isolation.TEST);
		TerminalReporter reporter = reporter(OutputTiming.NEVER, true);
		reporter.on(new RunEvent.RunStarted(RUN, "default", units.subList(0, 1), 1,
				List.of(passed(units.get(1)), new NotRun(units.get(2), "not in partition hash:1/2")),
				Optional.of(new Rerun(BASE, List.of(ELSEWHERE)))));
		finish(reporter, units.get(0), attempt(1, 1, AttemptStatus.FAILED, 10));
		reporter.on(new RunEvent.RunFinished(stats(1), false));
		List<String> lines = lines();
		assertEquals("    Starting 1 test across 1 class (3 tests skipped, including 1 test that already passed)",
				lines.get(1));
		assertEquals("warning: 2 outstanding tests still remain", lines.get(lines.size() - 2));
	}

	@Test
	void testsThatPassedBeforeAndAreFilteredOutNowCountAsSkippedThatAlreadyPassed() {
		List<ForkUnit> units = units(classWith("MathTest", "fixed"), Isolation.TEST);
		TerminalReporter reporter = reporter(OutputTiming.NEVER, true);
		reporter.on(new RunEvent.RunStarted(RUN, "default", units, 1, List.of(),
				Optional.of(new Rerun(BASE, List.of(), 49))));
		finish(reporter, units.get(0), attempt(1, 1, AttemptStatus.PASSED, 154));
		reporter.on(new RunEvent.RunFinished(stats(1), false));
		List<String> lines = lines();
		assertEquals("    Starting 1 test across 1 class (49 tests skipped that already passed)", lines.get(1));
		assertEquals("     Summary [   4.210s] 1 test run: 1 passed, 49 skipped", lines.get(4));
		assertEquals("info: no outstanding tests remain", lines.get(lines.size() - 1));
	}

	@Test
	void aRerunThatLeftNothingOutAndPassedSaysNothingRemains() {
		List<ForkUnit> units = units(classWith("MathTest", "fixed", "a"), Isolation.TEST);
		TerminalReporter reporter = reporter(OutputTiming.NEVER, true);
		reporter.on(new RunEvent.RunStarted(RUN, "default", units.subList(0, 1), 1, List.of(passed(units.get(1))),
				Optional.of(new Rerun(BASE, List.of()))));
		finish(reporter, units.get(0), attempt(1, 1, AttemptStatus.PASSED, 260));
		reporter.on(new RunEvent.RunFinished(stats(1), false));
		List<String> lines = lines();
		assertEquals("    Starting 1 test across 1 class (1 test skipped that already passed)", lines.get(1));
		assertEquals("info: no outstanding tests remain", lines.get(lines.size() - 1));
		assertEquals("     Summary [   4.210s] 1 test run: 1 passed, 1 skipped", lines.get(lines.size() - 2));
	}

	@Test
	void theNoteComesAfterTheTestsListedAgainAndATestNeverRunRemains() {
		List<ForkUnit> units = units(classWith("MathTest", "fails", "cancelled"), Isolation.TEST);
		TerminalReporter reporter = new TerminalReporter(screen(), new Style(false), new TerminalReporter.Settings(false,
				false, StatusLevel.NONE, FinalStatusLevel.FAIL, OutputTiming.NEVER, OutputTiming.NEVER));
		reporter.on(new RunEvent.RunStarted(RUN, "default", units, 1, List.of(), Optional.of(new Rerun(BASE, List.of()))));
		finish(reporter, units.get(0), attempt(1, 1, AttemptStatus.FAILED, 10));
		reporter.on(new RunEvent.TestNotRun(units.get(1), "cancelled"));
		reporter.on(new RunEvent.RunFinished(stats(2), true));
		List<String> lines = lines();
		assertEquals(List.of(
				"   Cancelled [   4.210s] 1/2 tests run: 0 passed, 1 failed, 1 not run",
				"        FAIL [   0.010s] com.example.MathTest fails()",
				"warning: 2 outstanding tests still remain",
				"(hint: solo run -R latest to continue rerunning)"), lines.subList(3, lines.size()));
	}

	@Test
	void aPlainRunSaysNothingOfReruns() {
		List<ForkUnit> units = units(classWith("MathTest", "a"), Isolation.TEST);
		TerminalReporter reporter = reporter(OutputTiming.NEVER, true);
		reporter.on(new RunEvent.RunStarted(RUN, "default", units, 1));
		finish(reporter, units.get(0), attempt(1, 1, AttemptStatus.PASSED, 5));
		reporter.on(new RunEvent.RunFinished(stats(1), false));
		assertEquals("     Summary [   4.210s] 1 test run: 1 passed", lines().get(lines().size() - 1));
	}

	@Test
	void capturedOutputIsIndentedFourSpacesUnlessAskedNotToEmptyLinesLeftEmpty() {
		for (boolean indent : new boolean[] { true, false }) {
			bytes.reset();
			List<ForkUnit> units = units(classWith("LoudTest", "talks"), Isolation.TEST);
			TerminalReporter reporter = reporter(OutputTiming.IMMEDIATE, indent);
			reporter.on(new RunEvent.RunStarted(RUN, "default", units, 1));
			Attempt quiet = attempt(1, 1, AttemptStatus.PASSED, 5);
			Attempt loud = new Attempt(1, 1, AttemptStatus.PASSED, quiet.duration(), Optional.empty(), quiet.report(),
					output("hello\n\nworld\n"), CapturedOutput.EMPTY, Optional.empty(), List.of(), false, 1,
					Optional.of(0), List.of(), List.of());
			finish(reporter, units.get(0), loud);
			String pad = indent ? "    " : "";
			assertEquals(List.of(
					"        PASS [   0.005s] com.example.LoudTest talks()",
					"--- STDOUT:              com.example.LoudTest talks() ---",
					pad + "hello",
					"",
					pad + "world"), lines().subList(2, 7));
		}
	}

	private static CapturedOutput output(String text) {
		return new CapturedOutput(text.getBytes(java.nio.charset.Charset.defaultCharset()), new byte[0], 0);
	}

	private static NotRun passed(ForkUnit unit) {
		return new NotRun(unit, Rerun.ALREADY_PASSED);
	}

	private static void finish(TerminalReporter reporter, ForkUnit unit, Attempt attempt) {
		reporter.on(new RunEvent.TestStarted(unit, attempt.number(), attempt.totalAttempts()));
		reporter.on(new RunEvent.AttemptFinished(unit, attempt));
		reporter.on(new RunEvent.TestFinished(unit, new TestOutcome(List.of(attempt), false)));
	}

	/** Counter off, default levels; successful tests' output as {@code success}. */
	private TerminalReporter reporter(OutputTiming success, boolean indent) {
		return new TerminalReporter(screen(), new Style(false), new TerminalReporter.Settings(false, false,
				StatusLevel.PASS, FinalStatusLevel.NONE, OutputTiming.NEVER, success, indent));
	}

	private Screen screen() {
		return new Screen(new PrintStream(bytes, true, StandardCharsets.UTF_8), Optional.empty());
	}

	private List<String> lines() {
		return bytes.toString(StandardCharsets.UTF_8).lines().toList();
	}
}
