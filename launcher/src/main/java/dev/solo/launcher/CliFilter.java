package dev.solo.launcher;

import dev.solo.engine.filter.Filterset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * nextest's test selection on the command line as one filterset for {@code solo.filter}:
 * positional name filters (substrings of the test name) and {@code -E} expressions; a test that
 * matches any of them runs.
 */
final class CliFilter {
	private CliFilter() {
	}

	/** The combined expression, or empty when nothing narrows the run; a bad {@code -E} throws, caret and all. */
	static Optional<String> expression(List<String> names, List<String> filtersets) {
		List<String> parts = new ArrayList<>();
		for (String expression : filtersets) {
			Filterset.parse(expression);
			parts.add("(" + expression + ")");
		}
		for (String name : names) {
			parts.add("test(~" + escape(name) + ")");
		}
		return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" | ", parts));
	}

	/** A name as filterset matcher text: its parentheses, commas and backslashes written as literals. */
	static String escape(String name) {
		StringBuilder text = new StringBuilder();
		for (char c : name.toCharArray()) {
			if (c == '(' || c == ')' || c == ',' || c == '\\') {
				text.append('\\');
			}
			text.append(c);
		}
		return text.toString();
	}
}
