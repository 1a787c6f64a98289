package dev.solo.launcher.terminal;

import static dev.solo.launcher.terminal.StatusLine.bracketed;
import static dev.solo.launcher.terminal.StatusLine.count;
import static dev.solo.launcher.terminal.StatusLine.gutter;

import dev.solo.engine.events.ScriptOutcome;

import java.util.Locale;

/**
 * A setup or teardown script's status line, {@code SETUP [ 1.203s] db}, and what it printed: a
 * failed one says why, a passed setup that keeps processes until its teardown says how many.
 */
record ScriptLine(String line, String output, boolean passed) {

	static ScriptLine of(ScriptOutcome outcome, Style style, OutputSections sections) {
		String word = outcome.isSetup() ? "SETUP" : "TEARDOWN";
		boolean passed = outcome.status() == ScriptOutcome.Status.PASSED;
		String status = switch (outcome.status()) {
			case PASSED -> word;
			case TIMED_OUT -> word + " TIMEOUT";
			case CANCELLED -> word + " CANCEL";
			case FAILED -> word + " FAIL";
		};
		String line = gutter(passed ? style.green(status) : style.red(status)) + " " + bracketed(outcome.duration())
				+ " " + outcome.name() + (passed ? "" : ": " + outcome.message())
				+ (outcome.leftRunning().isEmpty() || !outcome.isSetup() || !passed ? ""
						: style.dim("   (" + count(outcome.leftRunning().size(), "process") + " kept until its teardown)"));
		StringBuilder output = new StringBuilder();
		String name = word.toLowerCase(Locale.ROOT) + " script " + outcome.name();
		sections.append(output, "STDOUT", name, outcome.stdout().isEmpty() ? "" : outcome.stdout().text());
		sections.append(output, "STDERR", name, outcome.stderr().isEmpty() ? "" : outcome.stderr().text());
		return new ScriptLine(line, output.toString(), passed);
	}
}
