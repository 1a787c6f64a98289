package dev.solo.engine.filter;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** A filterset that cannot be parsed; the message shows the expression with a caret under the fault. */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class FiltersetException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	private final String expression;
	private final int position;
	private final String expected;

	FiltersetException(String expression, int position, String expected, String found) {
		super(message(expression, position, expected, found));
		this.expression = expression;
		this.position = position;
		this.expected = expected;
	}

	/** The expression as it was given. */
	public String expression() {
		return expression;
	}

	/** The zero-based index into {@link #expression()} of the offending character; its length for end of input. */
	public int position() {
		return position;
	}

	/** What the parser expected at {@link #position()}, e.g. {@code ')' after the matcher of test()}. */
	public String expected() {
		return expected;
	}

	private static String message(String expression, int position, String expected, String found) {
		// Tabs and line breaks are shown as spaces so that the caret, one column per character,
		// stays under the character it points at.
		StringBuilder shown = new StringBuilder(expression.length());
		for (int i = 0; i < expression.length(); i++) {
			char c = expression.charAt(i);
			shown.append(Character.isWhitespace(c) ? ' ' : c);
		}
		return "invalid filterset: expected " + expected + ", found " + found
				+ "\n  " + shown
				+ "\n  " + " ".repeat(position) + "^";
	}
}
