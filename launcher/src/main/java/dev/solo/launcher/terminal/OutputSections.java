package dev.solo.launcher.terminal;

/**
 * A captured stream under its header, as nextest shows one: {@code --- STDOUT: name ---}, then
 * the text, four spaces in unless {@code --no-output-indent}.
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
}
