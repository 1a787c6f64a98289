package dev.solo.launcher.command;

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

	/**
	 * {@code --select-class}, {@code --select-method} and {@code --select-package} as one
	 * filterset, for a Maven project: there each module's test folder is scanned, and a class
	 * selector would be an unknown class in every module but one. Empty when nothing is selected.
	 */
	static Optional<String> selections(List<String> classes, List<String> methods, List<String> packages) {
		List<String> parts = new ArrayList<>();
		classes.forEach(c -> parts.add("class(=" + escape(c) + ")"));
		for (String method : methods) {
			int hash = method.indexOf('#');
			String name = hash < 0 ? method : method.substring(hash + 1);
			int paren = name.indexOf('(');
			String bare = paren < 0 ? name : name.substring(0, paren);
			parts.add(hash < 0 ? "method(=" + escape(bare) + ")"
					: "(class(=" + escape(method.substring(0, hash)) + ") & method(=" + escape(bare) + "))");
		}
		packages.forEach(p -> parts.add("package(=" + escape(p) + ") | package(#" + escape(p) + ".*)"));
		return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" | ", parts));
	}

	/**
	 * console-standalone's {@code --include-package} and {@code --exclude-package} as a filterset:
	 * a package and those below it, any included one, no excluded one. Empty when neither is given.
	 */
	static Optional<String> packages(List<String> included, List<String> excluded) {
		return includedExcluded(included.stream().map(p -> "package(=" + escape(p) + ") | package(#" + escape(p) + ".*)")
				.toList(), excluded.stream().map(p -> "package(=" + escape(p) + ") | package(#" + escape(p) + ".*)").toList());
	}

	/** {@code --include-engine} and {@code --exclude-engine} as a filterset, by the engine that owns each test. */
	static Optional<String> engines(List<String> included, List<String> excluded) {
		return includedExcluded(included.stream().map(e -> "engine(=" + escape(e) + ")").toList(),
				excluded.stream().map(e -> "engine(=" + escape(e) + ")").toList());
	}

	private static Optional<String> includedExcluded(List<String> included, List<String> excluded) {
		Optional<String> any = included.isEmpty() ? Optional.empty()
				: Optional.of(String.join(" | ", included));
		Optional<String> none = excluded.isEmpty() ? Optional.empty()
				: Optional.of("not (" + String.join(" | ", excluded) + ")");
		return both(any, none);
	}

	/** Both narrow the run: what is selected, and of that what the filters match. */
	static Optional<String> both(Optional<String> selected, Optional<String> filtered) {
		if (selected.isEmpty() || filtered.isEmpty()) {
			return selected.isPresent() ? selected : filtered;
		}
		return Optional.of("(" + selected.get() + ") & (" + filtered.get() + ")");
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
