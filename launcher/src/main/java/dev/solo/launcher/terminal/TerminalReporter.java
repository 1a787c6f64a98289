package dev.solo.launcher.terminal;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunEventSink;
import dev.solo.engine.events.RunStats;
import dev.solo.engine.events.TestOutcome;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.platform.engine.support.descriptor.ClassSource;

/**
 * nextest's terminal view of a Solo run: one status line per test as it ends, failure output
 * as configured, and a summary. Reads the event stream; starts nothing.
 */
public final class TerminalReporter implements RunEventSink {
	/** When to show a test's captured output: nextest's {@code failure-output} / {@code success-output}. */
	public enum OutputTiming { IMMEDIATE, FINAL, IMMEDIATE_FINAL, NEVER }

	private static final int STATUS_WIDTH = 12;

	private final PrintStream out;
	private final Style style;
	private final OutputTiming failureOutput;
	private final OutputTiming successOutput;
	private final List<String> finalOutput = new ArrayList<>();
	private int total;
	private int done;
	private RunStats stats;

	public TerminalReporter(PrintStream out, boolean color, OutputTiming failureOutput, OutputTiming successOutput) {
		this.out = out;
		this.style = new Style(color);
		this.failureOutput = failureOutput;
		this.successOutput = successOutput;
	}

	public RunStats stats() {
		return stats;
	}

	@Override
	public void on(RunEvent event) {
		if (event instanceof RunEvent.RunStarted started) {
			total = started.units().size();
			long classes = started.units().stream().map(TerminalReporter::className).distinct().count();
			out.println(status("Solo") + " run ID " + style.bold(started.runId().toString()) + " with profile: "
					+ style.bold(started.profile()));
			int skipped = started.skipped().size();
			out.println(status(style.green("Starting")) + " " + style.bold(String.valueOf(total)) + " tests across "
					+ style.bold(String.valueOf(classes)) + " classes"
					+ (skipped == 0 ? "" : " (" + style.bold(String.valueOf(skipped)) + " tests skipped)"));
			wholeUnits(started.units());
		}
		else if (event instanceof RunEvent.TestSlow slow) {
			String word = slow.terminating() ? style.red("TERMINATING") : style.yellow("SLOW");
			out.println(status(word) + " [>" + seconds(slow.elapsed(), 8) + "] " + name(slow.unit()));
		}
		else if (event instanceof RunEvent.TestRetrying retrying) {
			Attempt failed = retrying.failed();
			out.println(status(style.magenta("TRY " + failed.number() + " " + word(failed)))
					+ " [" + seconds(failed.duration(), 9) + "] " + name(retrying.unit()));
			out.println(status(style.magenta("RETRY " + (failed.number() + 1) + "/" + failed.totalAttempts()))
					+ " " + name(retrying.unit()) + (retrying.delay().isZero() ? ""
							: " (after " + seconds(retrying.delay(), 0).trim() + ")"));
		}
		else if (event instanceof RunEvent.TestFinished finished) {
			done++;
			finished(finished.unit(), finished.outcome());
		}
		else if (event instanceof RunEvent.TestNotRun notRun) {
			done++;
			out.println(status(style.yellow("CANCEL")) + " " + name(notRun.unit()) + " (" + notRun.reason() + ")");
		}
		else if (event instanceof RunEvent.RunFinished runFinished) {
			stats = runFinished.stats();
			summary(runFinished);
		}
	}

	/** Said once, at the start: the units that hold several tests in one JVM, and why. */
	private void wholeUnits(List<ForkUnit> units) {
		long classes = 0;
		for (ForkUnit unit : units) {
			if (unit.wholeReason().filter(ForkUnit.WHOLE_CLASS::equals).isPresent()) {
				classes++;
				continue;
			}
			unit.wholeReason().ifPresent(reason -> out.println(status(style.yellow("WHOLE")) + " " + name(unit) + ": "
					+ unit.testCount() + " tests in one JVM, " + reason));
		}
		if (classes > 0) {
			out.println(status(style.yellow("WHOLE")) + " each of " + classes + " classes in one JVM of its own ("
					+ ForkUnit.WHOLE_CLASS + ")");
		}
	}

	private void finished(ForkUnit unit, TestOutcome outcome) {
		Attempt last = outcome.last();
		String word = outcome.attempts().size() > 1
				? "TRY " + last.number() + " " + word(last)
				: last.leaked() && last.status() == AttemptStatus.PASSED ? "LEAK" : word(last);
		String painted = outcome.isFailure() ? style.red(word)
				: last.status() == AttemptStatus.PASSED ? (last.leaked() || outcome.isFlaky() ? style.yellow(word)
						: style.green(word))
						: style.yellow(word);
		String reason = last.status() == AttemptStatus.CRASHED
				? "   (" + exitReason(last) + ")" : "";
		out.println(status(painted) + " [" + seconds(last.duration(), 9) + "] " + style.dim("(" + done + "/" + total
				+ ")") + " " + name(unit) + reason);
		boolean failure = outcome.isFailure();
		OutputTiming timing = failure ? failureOutput : successOutput;
		String output = outputOf(unit, last);
		if (output.isEmpty()) {
			return;
		}
		if (timing == OutputTiming.IMMEDIATE || timing == OutputTiming.IMMEDIATE_FINAL) {
			out.print(output);
		}
		if (timing == OutputTiming.FINAL || timing == OutputTiming.IMMEDIATE_FINAL) {
			finalOutput.add(output);
		}
	}

	private String outputOf(ForkUnit unit, Attempt attempt) {
		StringBuilder text = new StringBuilder();
		if (!attempt.stdout().isEmpty()) {
			text.append(style.dim("--- STDOUT:              " + name(unit) + " ---")).append('\n')
					.append(attempt.stdout().text());
			if (!attempt.stdout().text().endsWith("\n")) {
				text.append('\n');
			}
		}
		if (!attempt.stderr().isEmpty()) {
			text.append(style.dim("--- STDERR:              " + name(unit) + " ---")).append('\n')
					.append(attempt.stderr().text());
			if (!attempt.stderr().text().endsWith("\n")) {
				text.append('\n');
			}
		}
		attempt.failure().filter(f -> attempt.isFailure()).ifPresent(f -> {
			java.io.StringWriter trace = new java.io.StringWriter();
			f.printStackTrace(new java.io.PrintWriter(trace));
			text.append(style.dim("--- FAILURE:             " + name(unit) + " ---")).append('\n').append(trace);
		});
		return text.toString();
	}

	private void summary(RunEvent.RunFinished finished) {
		RunStats s = finished.stats();
		finalOutput.forEach(out::print);
		out.println("────────────");
		StringBuilder line = new StringBuilder();
		line.append(s.finished()).append(" tests run: ");
		line.append(style.green(s.passed() + " passed"));
		if (s.flaky() > 0) {
			line.append(" (").append(style.magenta(s.flaky() + " flaky")).append(')');
		}
		if (s.leaky() > 0) {
			line.append(" (").append(style.yellow(s.leaky() + " leaky")).append(')');
		}
		if (s.failed() > 0) {
			line.append(", ").append(style.red(s.failed() + " failed"));
			if (s.timedOut() > 0) {
				line.append(" (").append(s.timedOut()).append(" timed out)");
			}
		}
		if (s.skipped() > 0) {
			line.append(", ").append(style.yellow(s.skipped() + " skipped"));
		}
		if (s.notRun() > 0) {
			line.append(", ").append(style.yellow(s.notRun() + " not run"));
		}
		String word = finished.cancelled() ? style.red("Cancelled") : s.isSuccess() ? style.green("Summary")
				: style.red("Summary");
		out.println(status(word) + " [" + seconds(s.elapsed(), 8) + "] " + line);
	}

	static String word(Attempt attempt) {
		return switch (attempt.status()) {
			case PASSED -> "PASS";
			case FAILED -> "FAIL";
			case ABORTED, SKIPPED -> "SKIP";
			case TIMED_OUT -> "TIMEOUT";
			// nextest: a test that exits with a code fails; one killed by a signal aborts.
			case CRASHED -> attempt.exitCode().filter(c -> c > 128 && c < 160).isPresent() ? "ABORT" : "FAIL";
			case CANCELLED -> "CANCEL";
		};
	}

	private static String exitReason(Attempt attempt) {
		String message = attempt.failure().map(Throwable::getMessage).map(TerminalReporter::firstLine).orElse("");
		int cut = message.indexOf(" before ");
		if (cut < 0) {
			cut = message.indexOf(" after ");
		}
		return cut < 0 ? message : message.substring(0, cut);
	}

	/** Right-aligns a status word in nextest's 12-column gutter, ignoring colour codes. */
	private static String status(String word) {
		int visible = word.replaceAll("\u001b\\[[0-9;]*m", "").length();
		return " ".repeat(Math.max(0, STATUS_WIDTH - visible)) + word;
	}

	private static String seconds(Duration duration, int width) {
		String text = String.format(Locale.ROOT, "%.3fs", duration.toNanos() / 1e9);
		return " ".repeat(Math.max(0, width - text.length())) + text;
	}

	private static String name(ForkUnit unit) {
		return unit.name().replace('#', ' ');
	}

	private static String className(ForkUnit unit) {
		for (var d = java.util.Optional.of((org.junit.platform.engine.TestDescriptor) unit.descriptor()); d.isPresent();
				d = d.get().getParent()) {
			var source = d.get().getSource();
			if (source.isPresent() && source.get() instanceof ClassSource cls) {
				return cls.getClassName();
			}
		}
		return unit.name();
	}

	private static String firstLine(String text) {
		int newline = text.indexOf('\n');
		return newline < 0 ? text : text.substring(0, newline);
	}
}
