package dev.solo.engine.filter;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the matcher of one predicate, from just after its {@code (} up to and including its {@code )}.
 *
 * <p>Outside a regex, {@code (}, {@code )} and {@code ,} are part of the grammar and are written
 * {@code \(}, {@code \)} and {@code \,}; a backslash is written {@code \\}. Inside {@code /regex/}
 * only {@code \/} is unescaped, to a slash: every other backslash reaches the regex engine as written,
 * so {@code \d} and {@code \(} keep their regex meaning.
 */
final class MatcherReader {
	private static final String ESCAPABLE = "(),\\";

	/** The matcher and the index just past the predicate's closing parenthesis. */
	record Result(NameMatcher matcher, int end) {
	}

	private final String source;
	private final Field field;
	private int position;

	MatcherReader(String source, int start, Field field) {
		this.source = source;
		this.field = field;
		this.position = start;
	}

	Result read() {
		skipWhitespace();
		if (atEnd() || current() == ')') {
			throw fail("a matcher in " + predicate());
		}
		char prefix = current();
		Field.Kind kind = switch (prefix) {
			case '=' -> Field.Kind.EXACT;
			case '~' -> Field.Kind.CONTAINS;
			case '#' -> Field.Kind.GLOB;
			case '/' -> Field.Kind.REGEX;
			default -> null;
		};
		if (kind == Field.Kind.REGEX) {
			return regex();
		}
		if (kind != null) {
			position++;
		}
		String text = plainText();
		int close = position;
		position++;
		if (text.isEmpty()) {
			// Only reachable with a prefix: without one, an empty matcher was caught above.
			throw new FiltersetException(source, close, "text after '" + prefix + "' in " + predicate(), "')'");
		}
		NameMatcher matcher = switch (kind == null ? field.defaultKind() : kind) {
			case EXACT -> new NameMatcher.Exact(text);
			case CONTAINS -> new NameMatcher.Contains(text);
			case GLOB -> NameMatcher.Glob.of(text);
			case REGEX -> throw new IllegalStateException("no predicate defaults to a regex");
		};
		return new Result(matcher, position);
	}

	/** The unescaped, trimmed text up to the closing parenthesis, which is left as the current character. */
	private String plainText() {
		StringBuilder text = new StringBuilder();
		int keep = 0;
		while (true) {
			if (atEnd()) {
				throw fail("')' after the matcher of " + predicate());
			}
			char c = current();
			if (c == ')') {
				break;
			}
			if (c == '(' || c == ',') {
				String hint = " (write \\" + c + " for a literal '" + c + "')";
				throw fail("')' after the matcher of " + predicate() + hint);
			}
			if (c == '\\') {
				position++;
				if (atEnd() || ESCAPABLE.indexOf(current()) < 0) {
					throw fail("one of ( ) , \\ after '\\' in a matcher");
				}
				c = current();
				text.append(c);
				keep = text.length();
			}
			else if (!Character.isWhitespace(c) || !text.isEmpty()) {
				text.append(c);
				if (!Character.isWhitespace(c)) {
					keep = text.length();
				}
			}
			position++;
		}
		// Trailing whitespace goes, escaped characters stay.
		text.setLength(keep);
		return text.toString();
	}

	private Result regex() {
		int open = position;
		position++;
		StringBuilder regex = new StringBuilder();
		// Where each character of the unescaped regex came from, to put the caret under the regex
		// engine's error in the expression as written.
		int[] origins = new int[source.length() - position + 1];
		while (true) {
			if (atEnd()) {
				throw fail("'/' to close the regex of " + predicate());
			}
			char c = current();
			if (c == '/') {
				break;
			}
			if (c == '\\' && position + 1 < source.length()) {
				char escaped = source.charAt(position + 1);
				if (escaped != '/') {
					origins[regex.length()] = position;
					regex.append(c);
				}
				position++;
				c = escaped;
			}
			origins[regex.length()] = position;
			regex.append(c);
			position++;
		}
		int close = position;
		origins[regex.length()] = close;
		if (regex.isEmpty()) {
			throw fail("a regex after '/'");
		}
		position++;
		skipWhitespace();
		if (atEnd() || current() != ')') {
			throw fail("')' after the matcher of " + predicate());
		}
		position++;
		try {
			return new Result(new NameMatcher.Regex(Pattern.compile(regex.toString())), position);
		}
		catch (PatternSyntaxException e) {
			int index = e.getIndex();
			int at = index < 0 ? open + 1 : origins[Math.min(index, regex.length())];
			throw new FiltersetException(source, at, "a valid regex",
				"/" + source.substring(open + 1, close) + "/ (" + e.getDescription() + ")");
		}
	}

	private String predicate() {
		return field.keyword() + "()";
	}

	private FiltersetException fail(String expected) {
		return new FiltersetException(source, position, expected, atEnd() ? "end of input" : "'" + current() + "'");
	}

	private void skipWhitespace() {
		while (!atEnd() && Character.isWhitespace(current())) {
			position++;
		}
	}

	private boolean atEnd() {
		return position >= source.length();
	}

	private char current() {
		return source.charAt(position);
	}
}
