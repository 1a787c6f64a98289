package dev.solo.engine.filter;

import java.util.regex.Pattern;

/** How the text of one predicate is compared with a test's name, class, method, package, tag or engine. */
sealed interface NameMatcher {

	boolean matches(String value);

	/** {@code =text}: the whole value. */
	record Exact(String text) implements NameMatcher {
		@Override
		public boolean matches(String value) {
			return value.equals(text);
		}
	}

	/** {@code ~text}: anywhere in the value. */
	record Contains(String text) implements NameMatcher {
		@Override
		public boolean matches(String value) {
			return value.contains(text);
		}
	}

	/** {@code /regex/}: a match anywhere in the value, as nextest's unanchored regexes. */
	record Regex(Pattern pattern) implements NameMatcher {
		@Override
		public boolean matches(String value) {
			return pattern.matcher(value).find();
		}
	}

	/** {@code #glob}: {@code *} is any run of characters, {@code ?} one character; the whole value must match. */
	record Glob(String glob, Pattern pattern) implements NameMatcher {

		static Glob of(String glob) {
			StringBuilder regex = new StringBuilder();
			StringBuilder literal = new StringBuilder();
			for (int i = 0; i < glob.length(); i++) {
				char c = glob.charAt(i);
				if (c == '*' || c == '?') {
					quoteInto(regex, literal);
					regex.append(c == '*' ? ".*" : ".");
				}
				else {
					literal.append(c);
				}
			}
			quoteInto(regex, literal);
			return new Glob(glob, Pattern.compile(regex.toString(), Pattern.DOTALL));
		}

		private static void quoteInto(StringBuilder regex, StringBuilder literal) {
			if (!literal.isEmpty()) {
				regex.append(Pattern.quote(literal.toString()));
				literal.setLength(0);
			}
		}

		@Override
		public boolean matches(String value) {
			return pattern.matcher(value).matches();
		}
	}
}
