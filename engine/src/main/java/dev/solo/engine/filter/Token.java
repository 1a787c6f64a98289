package dev.solo.engine.filter;

/** One token of a filterset outside the matchers: a word, a symbol, or the end of input. */
record Token(Type type, String text, int position) {

	enum Type {
		WORD, OPEN, CLOSE, NOT, AND, OR, MINUS, END, OTHER
	}

	boolean is(Type expected) {
		return type == expected;
	}

	/** The token as an error message names it after "found". */
	String describe() {
		return switch (type) {
			case END -> "end of input";
			case WORD -> "`" + text + "`";
			default -> "'" + text + "'";
		};
	}
}
