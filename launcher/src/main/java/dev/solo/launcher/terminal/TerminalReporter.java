package dev.solo.launcher.terminal;

import static dev.solo.launcher.terminal.StatusLine.bracketed;
import static dev.solo.launcher.terminal.StatusLine.count;
import static dev.solo.launcher.terminal.StatusLine.gutter;
import static dev.solo.launcher.terminal.StatusLine.name;
import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.WholeUnits;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.NotRun;
import dev.solo.engine.events.Rerun;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunEventSink;
import dev.solo.engine.events.RunStats;
import dev.solo.engine.events.ScriptOutcome;
import dev.solo.engine.events.TestOutcome;
import dev.solo.engine.events.TestResult;
import dev.solo.engine.events.UnitTests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * nextest's terminal view of a Solo run: the status lines {@code status-level} asks for as tests
 * end, their output as {@code failure-output}/{@code success-output} say, a progress bar below
 * them on a terminal, the summary, then the tests {@code final-status-level} lists again. Reads
 * the event stream; starts nothing. Build one with {@link ReporterOptions}.
 */
@API(status = INTERNAL, since = "0.1")
public final class TerminalReporter implements RunEventSink {
	/** When to show a test's captured output: nextest's {@code failure-output} / {@code success-output}. */
	public enum OutputTiming { IMMEDIATE, FINAL, IMMEDIATE_FINAL, NEVER;

		boolean immediate() {
			return this == IMMEDIATE || this == IMMEDIATE_FINAL;
		}

		boolean last() {
			return this == FINAL || this == IMMEDIATE_FINAL;
		}
	}

	/**
	 * What the reporter shows, once resolved from the options, the settings and the terminal.
	 *
	 * @param indentOutput captured output four spaces in, as nextest shows it unless {@code --no-output-indent}
	 */
	record Settings(boolean bar, boolean counter, StatusLevel statusLevel, FinalStatusLevel finalStatusLevel,
			OutputTiming failureOutput, OutputTiming successOutput, boolean indentOutput) {

		Settings(boolean bar, boolean counter, StatusLevel statusLevel, FinalStatusLevel finalStatusLevel,
				OutputTiming failureOutput, OutputTiming successOutput) {
			this(bar, counter, statusLevel, finalStatusLevel, failureOutput, successOutput, true);
		}
	}

	/** How far nextest indents a test's captured output under its header. */

	/** A test listed again after the summary: its line, and its output when that is shown last. */
	private record Final(FinalStatusLevel level, String line, String output) {
	}

	private final Screen screen;
	private final Style style;
	private final Settings settings;
	private final OutputSections sections;
	private final Tally tally = new Tally();
	private final List<Final> finals = new ArrayList<>();
	private RunStats stats;
	private Optional<RerunNote> rerun = Optional.empty();

	TerminalReporter(Screen screen, Style style, Settings settings) {
		this.screen = screen;
		this.style = style;
		this.settings = settings;
		this.sections = new OutputSections(style, settings.indentOutput());
	}

	public RunStats stats() {
		return stats;
	}

	/** Where a status dump meets this reporter's terminal: printed around its bar, asked for with {@code t}. */
	public StatusView statusView() {
		return new StatusView(screen);
	}

	@Override
	public void on(RunEvent event) {
		if (event instanceof RunEvent.ChildReported) {
			// the screen shows units, not what happens inside them; and this one comes often
			return;
		}
		// The bar's timer reads the tally: both change and read it under the screen's lock.
		synchronized (screen) {
			if (event instanceof RunEvent.RunStarted started) {
				runStarted(started);
			}
			else if (event instanceof RunEvent.TestStarted started) {
				tally.testStarted(started.unit());
				screen.refresh();
			}
			else if (event instanceof RunEvent.TestSlow slow) {
				testSlow(slow);
			}
			else if (event instanceof RunEvent.AttemptFinished finished) {
				tally.attemptFinished(finished.unit());
				screen.refresh();
			}
			else if (event instanceof RunEvent.TestRetrying retrying) {
				testRetrying(retrying);
			}
			else if (event instanceof RunEvent.TestFinished finished) {
				rerun.ifPresent(note -> note.finished(finished.unit(), finished.outcome()));
				testFinished(finished);
			}
			else if (event instanceof RunEvent.TestNotRun notRun) {
				for (TestResult test : tally.testNotRun(notRun.unit(), notRun.reason())) {
					show(StatusLevel.FAIL, gutter(style.yellow("CANCEL")) + " " + name(notRun.unit(), test) + " ("
							+ notRun.reason() + ")");
				}
			}
			else if (event instanceof RunEvent.ScriptFinished script) {
				scriptFinished(script.outcome());
			}
			else if (event instanceof RunEvent.RunFinished finished) {
				runFinished(finished);
			}
		}
	}

	private void runStarted(RunEvent.RunStarted started) {
		long since = System.nanoTime();
		tally.runStarted(started.units(), started.skipped());
		long classes = started.units().stream().map(StatusLine::className).distinct().count();
		rerun = started.rerun().map(r -> new RerunNote(r, started.units()));
		screen.println(gutter("Solo") + " run ID " + style.bold(started.runId().toString()) + " with profile: "
				+ style.bold(started.profile()));
		screen.println(gutter(style.green("Starting")) + " " + bold(count(tally.total(), "test")) + " across "
				+ bold(count(classes, "class")) + skipped(started.skipped()));
		wholeUnits(started.units());
		for (NotRun notRun : started.skipped()) {
			for (TestResult test : UnitTests.notRun(notRun.unit(), notRun.reason(), TestResult.Status.SKIPPED)) {
				String line = gutter(style.yellow("SKIP")) + " [         ] " + name(notRun.unit(), test);
				show(StatusLevel.SKIP, line);
				keep(FinalStatusLevel.SKIP, line, "");
			}
		}
		if (settings.bar()) {
			screen.showBar(new ProgressBar(tally, style), since);
		}
	}

	/**
	 * The tests skipped: those the run knew not to run, and in a rerun, as nextest counts them, the
	 * base run's tests this run does not include (filtered out).
	 */
	private int skippedCount() {
		return tally.skipped() + rerun.map(note -> note.rerun().notIncluded()).orElse(0);
	}

	/** nextest's {@code (50 tests skipped, including 49 tests that already passed)}, for a rerun's. */
	private String skipped(List<NotRun> skippedUpFront) {
		int skipped = skippedCount();
		if (skipped == 0) {
			return "";
		}
		int passed = skippedUpFront.stream().filter(notRun -> Rerun.ALREADY_PASSED.equals(notRun.reason()))
				.mapToInt(notRun -> tally.weight(notRun.unit())).sum()
				+ rerun.map(note -> note.rerun().passedNotSeen()).orElse(0);
		String tests = bold(count(skipped, "test")) + " skipped";
		if (passed == 0) {
			return " (" + tests + ")";
		}
		return passed == skipped ? " (" + tests + " that already passed)"
				: " (" + tests + ", including " + bold(count(passed, "test")) + " that already passed)";
	}

	/** Said once, at the start: the units that hold several tests in one JVM, and why, once per class and reason. */
	private void wholeUnits(List<ForkUnit> units) {
		for (WholeUnits.Group group : WholeUnits.of(units)) {
			screen.println(gutter(style.yellow("WHOLE")) + " "
					+ (group.module().isEmpty() ? "" : group.module() + " ") + style.bold(group.className()) + " "
					+ group.describe() + ": " + group.reason());
		}
		long classes = WholeUnits.wholeClasses(units);
		if (classes > 0) {
			screen.println(gutter(style.yellow("WHOLE")) + " " + (classes == 1 ? "1 class" : "each of " + classes
					+ " classes") + " in one JVM of its own (" + ForkUnit.WHOLE_CLASS + ")");
		}
	}

	private void testSlow(RunEvent.TestSlow slow) {
		tally.testSlow(slow.unit(), name(slow.unit()), slow.elapsed(), System.nanoTime());
		// nextest says TERMINATING whatever the level: a test is being killed.
		if (slow.terminating()) {
			screen.println(gutter(style.red("TERMINATING")) + " " + StatusLine.atLeast(slow.elapsed()) + " "
					+ name(slow.unit()));
			return;
		}
		String word = slow.attempt() > 1 ? "TRY " + slow.attempt() + " SLOW" : "SLOW";
		show(StatusLevel.SLOW, gutter(style.yellow(word)) + " " + StatusLine.atLeast(slow.elapsed()) + " "
				+ name(slow.unit()) + (slow.rssBytes() < 0 ? ""
						: style.dim("   (RSS " + dev.solo.engine.config.MemorySize.format(slow.rssBytes()) + ")")));
	}

	private void testRetrying(RunEvent.TestRetrying retrying) {
		Attempt failed = retrying.failed();
		show(StatusLevel.RETRY, gutter(style.magenta("TRY " + failed.number() + " " + StatusLine.word(failed))) + " "
				+ bracketed(failed.duration()) + " " + name(retrying.unit()));
		show(StatusLevel.RETRY, gutter(style.magenta("RETRY " + (failed.number() + 1) + "/" + failed.totalAttempts()))
				+ " " + name(retrying.unit()) + (retrying.delay().isZero() ? ""
						: " (after " + StatusLine.seconds(retrying.delay(), 0).trim() + ")"));
	}

	/**
	 * A unit of one test is one line, as nextest prints it. A unit of several (invocations,
	 * dynamic tests, a class run whole) is a line per test, each named and counted, so that a
	 * failing invocation is named on a line of its own; the unit's output follows its last line.
	 */
	private void testFinished(RunEvent.TestFinished finished) {
		ForkUnit unit = finished.unit();
		TestOutcome outcome = finished.outcome();
		int before = tally.done();
		List<TestResult> tests = tally.testFinished(finished);
		OutputTiming timing = outcome.isFailure() ? settings.failureOutput() : settings.successOutput();
		String output = sections.of(unit, outcome.last(), tests);
		List<Final> kept = new ArrayList<>();
		for (int i = 0; i < tests.size(); i++) {
			TestResult test = tests.get(i);
			// The counter advances by test, so that it ends at the number of tests the run counted.
			String counter = settings.counter() ? style.dim("(" + (before + i + 1) + "/" + tally.total() + ")") + " " : "";
			boolean whole = tests.size() == 1;
			show(whole ? StatusLevel.of(outcome) : StatusLevel.of(test), line(unit, outcome, test, counter, false));
			FinalStatusLevel level = whole ? FinalStatusLevel.of(outcome) : FinalStatusLevel.of(outcome, test);
			if (settings.finalStatusLevel().shows(level)) {
				kept.add(new Final(level, line(unit, outcome, test, counter, true), ""));
			}
		}
		if (timing.immediate() && !output.isEmpty()) {
			screen.print(output);
		}
		if (timing.last() && !output.isEmpty() || timing.last() && kept.isEmpty()) {
			TestResult shown = tests.get(tests.size() - 1);
			Final last = kept.isEmpty() ? new Final(whole(outcome, tests), line(unit, outcome, shown, "", true), output)
					: kept.remove(kept.size() - 1);
			kept.add(new Final(last.level(), last.line(), output));
		}
		finals.addAll(kept);
	}

	/** A setup or teardown script's line, always shown; a failed one with its output, and again at the end. */
	private void scriptFinished(ScriptOutcome outcome) {
		ScriptLine script = ScriptLine.of(outcome, style, sections);
		screen.println(script.line());
		if (!script.passed() && !script.output().isEmpty()) {
			screen.print(script.output());
		}
		if (outcome.status().failed()) {
			keep(FinalStatusLevel.FAIL, script.line(), script.output());
		}
	}

	private static FinalStatusLevel whole(TestOutcome outcome, List<TestResult> tests) {
		return tests.size() == 1 ? FinalStatusLevel.of(outcome) : FinalStatusLevel.of(outcome, tests.get(tests.size() - 1));
	}

	/**
	 * A finished test's status line. Listed again at the end ({@code again}), a test that passed on
	 * a retry is FLAKY and one that passed slowly SLOW, as nextest's final lines say. A test of
	 * several in one unit says its own result, with its unit's attempt.
	 */
	private String line(ForkUnit unit, TestOutcome outcome, TestResult test, String counter, boolean again) {
		Attempt last = outcome.last();
		boolean passed = test.whole() ? last.status() == AttemptStatus.PASSED : test.status() == TestResult.Status.PASSED;
		boolean failed = test.whole() ? outcome.isFailure() : test.status() == TestResult.Status.FAILED;
		boolean flaky = test.whole() ? outcome.isFlaky() : test.flaky();
		String status = test.whole() || test.interrupted() ? StatusLine.word(last) : word(test);
		String word;
		if (again && flaky && !failed) {
			word = "FLAKY " + last.number() + "/" + last.totalAttempts();
		}
		else if (outcome.attempts().size() > 1) {
			word = "TRY " + last.number() + " " + status;
		}
		else if (again && passed && !last.slowReports().isEmpty()) {
			word = last.leaked() ? "SLOW + LEAK" : "SLOW";
		}
		else {
			word = passed && last.leaked() ? "LEAK" : status;
		}
		String painted = failed ? style.red(word)
				: flaky ? style.magenta(word)
						: passed && !last.leaked() && !word.startsWith("SLOW") ? style.green(word) : style.yellow(word);
		String reason = last.status() == AttemptStatus.CRASHED && (test.whole() || test.interrupted())
				? "   (" + StatusLine.exitReason(last) + ")" : "";
		Duration took = test.whole() ? last.duration() : test.duration();
		return gutter(painted) + " " + bracketed(took) + " " + counter + name(unit, test) + reason;
	}

	private static String word(TestResult test) {
		return switch (test.status()) {
			case PASSED -> "PASS";
			case FAILED -> "FAIL";
			case SKIPPED -> "SKIP";
			case NOT_RUN -> "CANCEL";
		};
	}

	private void runFinished(RunEvent.RunFinished finished) {
		stats = finished.stats();
		screen.hideBar();
		screen.println("────────────");
		screen.println(summary(finished));
		// nextest's order: the most interesting last, failures at the very end, each group in the order it ended.
		finals.stream().sorted(Comparator.comparing(Final::level).reversed()).forEach(entry -> {
			screen.println(entry.line());
			if (!entry.output().isEmpty()) {
				screen.print(entry.output());
			}
		});
		rerun.ifPresent(note -> note.lines(style).forEach(screen::println));
		screen.close();
	}

	private String summary(RunEvent.RunFinished finished) {
		// nextest's count: the tests that ran to a verdict; skipped ones are said apart, after it.
		int ran = tally.ran();
		int planned = ran + tally.notRun();
		StringBuilder line = new StringBuilder();
		line.append(tally.notRun() == 0 ? String.valueOf(ran) : ran + "/" + planned)
				.append(planned == 1 ? " test" : " tests").append(" run: ");
		line.append(style.green(tally.passed() + " passed"));
		if (tally.flaky() > 0) {
			line.append(" (").append(style.magenta(tally.flaky() + " flaky")).append(')');
		}
		if (tally.leaky() > 0) {
			line.append(" (").append(style.yellow(tally.leaky() + " leaky")).append(')');
		}
		if (tally.failed() > 0) {
			line.append(", ").append(style.red(tally.failed() + " failed"));
			if (tally.timedOut() > 0) {
				line.append(" (").append(tally.timedOut()).append(" timed out)");
			}
		}
		if (skippedCount() > 0) {
			line.append(", ").append(style.yellow(skippedCount() + " skipped"));
		}
		if (tally.notRun() > 0) {
			line.append(", ").append(style.yellow(tally.notRun() + " not run"));
		}
		boolean success = tally.failed() == 0 && tally.notRun() == 0;
		String word = finished.cancelled() ? style.red("Cancelled") : success ? style.green("Summary")
				: style.red("Summary");
		return gutter(word) + " " + bracketed(finished.stats().elapsed()) + " " + line;
	}

	private void show(StatusLevel level, String line) {
		if (settings.statusLevel().shows(level)) {
			screen.println(line);
		}
	}

	private void keep(FinalStatusLevel level, String line, String output) {
		if (settings.finalStatusLevel().shows(level)) {
			finals.add(new Final(level, line, output));
		}
	}

	private String bold(String countAndNoun) {
		int space = countAndNoun.indexOf(' ');
		return style.bold(countAndNoun.substring(0, space)) + countAndNoun.substring(space);
	}
}
