package dev.solo.engine.filter;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Objects;

import org.apiguardian.api.API;

/**
 * A parsed, immutable filterset: nextest's expression language for choosing tests, such as
 * {@code package(com.example.*) - tag(slow)}.
 *
 * <p>Predicates: {@code test(m)} the full Solo name ({@code com.example.FooTest#bar(int)}),
 * {@code class(m)} the fully-qualified class name, {@code method(m)} the method name without
 * parameters, {@code package(m)} the class's package, {@code tag(m)} any of the tags,
 * {@code engine(m)} the engine id, and {@code all()} and {@code none()}.
 *
 * <p>Matchers: {@code =exact}, {@code ~contains}, {@code /regex/} (a Java regex found anywhere in
 * the value), {@code #glob} ({@code *} any run of characters, {@code ?} one character, matching
 * the whole value). Without a prefix, {@code test()}, {@code class()} and {@code method()} match a
 * fragment (contains), {@code package()} a glob, and {@code tag()} and {@code engine()} exactly.
 * Whitespace around a matcher is ignored. Outside a regex, {@code (}, {@code )}, {@code ,} and
 * {@code \} are written {@code \(}, {@code \)}, {@code \,} and {@code \\}; inside one, a slash is
 * written {@code \/}.
 *
 * <p>Operators, tightest first: {@code not} or {@code !}; then {@code and} or {@code &} and
 * {@code a - b} (meaning {@code a and not b}), grouping to the left; then {@code or}, {@code |} or
 * {@code +}. Parentheses group. Keywords are lower-case.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class Filterset {
	private static final Filterset ALL = new Filterset("all()", new Expr.Constant(true));

	private final String expression;
	private final Expr root;

	private Filterset(String expression, Expr root) {
		this.expression = expression;
		this.root = root;
	}

	/** Parses {@code expression}, throwing a {@link FiltersetException} that points at the first fault. */
	public static Filterset parse(String expression) {
		Objects.requireNonNull(expression, "expression");
		return new Filterset(expression, Parser.parse(expression));
	}

	/** The filterset that matches every test, for when none is given. */
	public static Filterset all() {
		return ALL;
	}

	/** Whether {@code test} is in this set. */
	public boolean matches(TestFacts test) {
		Objects.requireNonNull(test, "test");
		return root.matches(test);
	}

	/** The source text, as given to {@link #parse(String)}. */
	public String expression() {
		return expression;
	}

	@Override
	public String toString() {
		return expression;
	}
}
