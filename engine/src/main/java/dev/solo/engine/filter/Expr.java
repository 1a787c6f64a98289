package dev.solo.engine.filter;

/** A node of a parsed filterset. */
sealed interface Expr {

	boolean matches(TestFacts test);

	/** {@code all()} and {@code none()}. */
	record Constant(boolean value) implements Expr {
		@Override
		public boolean matches(TestFacts test) {
			return value;
		}
	}

	/** {@code test(m)}, {@code class(m)} and the other predicates that take a matcher. */
	record Predicate(Field field, NameMatcher matcher) implements Expr {
		@Override
		public boolean matches(TestFacts test) {
			return field.matches(test, matcher);
		}
	}

	record Not(Expr operand) implements Expr {
		@Override
		public boolean matches(TestFacts test) {
			return !operand.matches(test);
		}
	}

	/** {@code a and b}; {@code a - b} is parsed as {@code a and not b}. */
	record And(Expr left, Expr right) implements Expr {
		@Override
		public boolean matches(TestFacts test) {
			return left.matches(test) && right.matches(test);
		}
	}

	record Or(Expr left, Expr right) implements Expr {
		@Override
		public boolean matches(TestFacts test) {
			return left.matches(test) || right.matches(test);
		}
	}
}
