package dev.solo.launcher.terminal;

import static dev.solo.launcher.terminal.StatusLine.name;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.TestResult;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * Captured streams and failures under their headers, as nextest shows them:
 * {@code --- STDOUT: name ---}, then the text, four spaces in unless {@code --no-output-indent}.
 */
final class OutputSections {
	private static final String INDENT = "    ";

	private final Style style;
	private final boolean indent;

	OutputSections(Style style, boolean indent) {
		this.style = style;
		this.indent = indent;
	}

	/** Appends {@code body} under its header; nothing at all for an empty body. */
	void append(StringBuilder text, String title, String name, String body) {
		if (body.isEmpty()) {
			return;
		}
		text.append(style.dim("--- " + String.format("%-21s", title + ":") + name + " ---")).append('\n');
		String ended = body.endsWith("\n") ? body : body + "\n";
		// An empty line stays empty: indenting it would only add trailing blanks.
		text.append(indent ? ended.replaceAll("(?m)^(?=.)", INDENT) : ended);
	}

	/** The unit's output once; the failure of each of its tests that failed, under that test's name. */
	String of(ForkUnit unit, Attempt attempt, List<TestResult> tests) {
		StringBuilder text = new StringBuilder();
		String unitName = tests.size() == 1 ? name(unit, tests.get(0)) : name(unit);
		append(text, "STDOUT", unitName, attempt.stdout().isEmpty() ? "" : attempt.stdout().text());
		append(text, "STDERR", unitName, attempt.stderr().isEmpty() ? "" : attempt.stderr().text());
		if (tests.size() == 1) {
			attempt.failure().filter(f -> attempt.isFailure())
					.ifPresent(f -> append(text, "FAILURE", unitName, trace(f)));
			return text.toString();
		}
		for (TestResult test : tests) {
			if (test.status() == TestResult.Status.FAILED && test.failure().isPresent()) {
				append(text, "FAILURE", name(unit, test), trace(test.failure().get()));
			}
		}
		return text.toString();
	}

	private static String trace(Throwable failure) {
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		return trace.toString();
	}
}
