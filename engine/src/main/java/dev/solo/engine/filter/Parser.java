package dev.solo.engine.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.solo.engine.filter.Token.Type;

/**
 * A recursive-descent parser for the filterset grammar, loosest binding first:
 *
 * <pre>
 * or      = and { ("or" | "|" | "+") and }
 * and     = unary { ("and" | "&amp;" | "-") unary }
 * unary   = ("not" | "!") unary | primary
 * primary = "(" or ")" | "all()" | "none()" | field "(" matcher ")"
 * </pre>
 */
final class Parser {
	private static final List<String> PREDICATES = predicates();
	private static final List<String> OPERATORS = List.of("and", "or", "not");

	private final String source;
	private final Lexer lexer;

	private Parser(String source) {
		this.source = source;
		this.lexer = new Lexer(source);
	}

	static Expr parse(String source) {
		Parser parser = new Parser(source);
		Expr expr = parser.or("an expression");
		Token trailing = parser.lexer.peek();
		if (!trailing.is(Type.END)) {
			throw parser.fail(trailing, "an operator or end of input", OPERATORS);
		}
		return expr;
	}

	/** {@code expected} says what the first operand is, for the error when it is missing. */
	private Expr or(String expected) {
		Expr left = and(expected);
		while (lexer.peek().is(Type.OR)) {
			Token operator = lexer.next();
			left = new Expr.Or(left, and(after(operator)));
		}
		return left;
	}

	// and and - share a level and group to the left, so a - b - c is (a - b) - c.
	private Expr and(String expected) {
		Expr left = unary(expected);
		while (lexer.peek().is(Type.AND) || lexer.peek().is(Type.MINUS)) {
			Token operator = lexer.next();
			Expr right = unary(after(operator));
			left = new Expr.And(left, operator.is(Type.MINUS) ? new Expr.Not(right) : right);
		}
		return left;
	}

	private Expr unary(String expected) {
		if (lexer.peek().is(Type.NOT)) {
			Token operator = lexer.next();
			return new Expr.Not(unary(after(operator)));
		}
		return primary(expected);
	}

	private Expr primary(String expected) {
		Token token = lexer.next();
		if (token.is(Type.OPEN)) {
			Expr inner = or(after(token));
			Token close = lexer.next();
			if (!close.is(Type.CLOSE)) {
				throw fail(close, "an operator or ')'", OPERATORS);
			}
			return inner;
		}
		if (!token.is(Type.WORD)) {
			throw fail(token, expected, List.of());
		}
		return predicate(token);
	}

	private Expr predicate(Token name) {
		boolean constant = name.text().equals("all") || name.text().equals("none");
		Field field = Field.forKeyword(name.text());
		if (!constant && field == null) {
			throw fail(name, "a predicate (" + String.join("(), ", PREDICATES) + "())", PREDICATES);
		}
		Token open = lexer.next();
		if (!open.is(Type.OPEN)) {
			throw fail(open, "'(' after " + name.text(), List.of());
		}
		if (constant) {
			Token close = lexer.next();
			if (!close.is(Type.CLOSE)) {
				throw fail(close, "')' after " + name.text() + "(, which takes no matcher", List.of());
			}
			return new Expr.Constant(name.text().equals("all"));
		}
		MatcherReader.Result matcher = new MatcherReader(source, lexer.position(), field).read();
		lexer.resumeAt(matcher.end());
		return new Expr.Predicate(field, matcher.matcher());
	}

	private static String after(Token operator) {
		return "an expression after '" + operator.text() + "'";
	}

	private FiltersetException fail(Token found, String expected, List<String> candidates) {
		String description = found.describe();
		if (found.is(Type.WORD)) {
			Optional<String> nearest = Suggestion.nearest(found.text(), candidates);
			if (nearest.isPresent()) {
				description += "; did you mean `" + nearest.get() + "`?";
			}
		}
		return new FiltersetException(source, found.position(), expected, description);
	}

	private static List<String> predicates() {
		List<String> names = new ArrayList<>();
		for (Field field : Field.values()) {
			names.add(field.keyword());
		}
		names.add("all");
		names.add("none");
		return List.copyOf(names);
	}
}
