package dev.solo.engine.filter;

import dev.solo.engine.filter.Token.Type;

/**
 * Splits a filterset into tokens, one at a time. Matcher text is not tokenized here: its characters
 * mean nothing to the grammar, so the parser hands that stretch to a {@link MatcherReader} and then
 * moves this lexer past it with {@link #resumeAt(int)}.
 */
final class Lexer {
	private final String source;
	private int position;
	private Token peeked;

	Lexer(String source) {
		this.source = source;
	}

	Token peek() {
		if (peeked == null) {
			peeked = read();
		}
		return peeked;
	}

	Token next() {
		Token token = peek();
		peeked = null;
		return token;
	}

	/** Where the next unread character is; only meaningful when nothing has been peeked. */
	int position() {
		if (peeked != null) {
			throw new IllegalStateException("a token has been peeked");
		}
		return position;
	}

	void resumeAt(int newPosition) {
		peeked = null;
		position = newPosition;
	}

	private Token read() {
		while (position < source.length() && Character.isWhitespace(source.charAt(position))) {
			position++;
		}
		int start = position;
		if (start == source.length()) {
			return new Token(Type.END, "", start);
		}
		char c = source.charAt(start);
		if (isWordPart(c)) {
			while (position < source.length() && isWordPart(source.charAt(position))) {
				position++;
			}
			String word = source.substring(start, position);
			return new Token(keyword(word), word, start);
		}
		position++;
		Type type = switch (c) {
			case '(' -> Type.OPEN;
			case ')' -> Type.CLOSE;
			case '!' -> Type.NOT;
			case '&' -> Type.AND;
			case '|', '+' -> Type.OR;
			case '-' -> Type.MINUS;
			// Left for the parser, which knows what it expected instead.
			default -> Type.OTHER;
		};
		return new Token(type, String.valueOf(c), start);
	}

	// Case-sensitive, as in nextest: AND is not an operator, and the parser suggests "and" for it.
	private static Type keyword(String word) {
		return switch (word) {
			case "not" -> Type.NOT;
			case "and" -> Type.AND;
			case "or" -> Type.OR;
			default -> Type.WORD;
		};
	}

	private static boolean isWordPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_';
	}
}
