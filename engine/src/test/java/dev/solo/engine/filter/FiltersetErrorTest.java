package dev.solo.engine.filter;

import static dev.solo.engine.filter.Fixtures.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FiltersetErrorTest {
	private static final String PREDICATES =
			"a predicate (test(), class(), method(), package(), tag(), engine(), all(), none())";

	@Test
	void unclosedPredicate() {
		FiltersetException e = assertInvalid("test(=foo",
			"invalid filterset: expected ')' after the matcher of test(), found end of input", 9);
		assertEquals("')' after the matcher of test()", e.expected());
	}

	@Test
	void unknownPredicateSuggestsTheNearestName() {
		FiltersetException e = assertInvalid("clas(Foo)",
			"invalid filterset: expected " + PREDICATES + ", found `clas`; did you mean `class`?", 0);
		assertEquals(PREDICATES, e.expected());
		assertInvalid("tag(a) | methd(b)",
			"invalid filterset: expected " + PREDICATES + ", found `methd`; did you mean `method`?", 9);
	}

	@Test
	void unknownPredicateInTheWrongCaseSuggestsLowerCase() {
		assertInvalid("Test(foo)",
			"invalid filterset: expected " + PREDICATES + ", found `Test`; did you mean `test`?", 0);
	}

	@Test
	void unknownPredicateFarFromAnyNameSuggestsNothing() {
		assertInvalid("binary(foo)", "invalid filterset: expected " + PREDICATES + ", found `binary`", 0);
	}

	@Test
	void missingOpeningParenthesis() {
		assertInvalid("test", "invalid filterset: expected '(' after test, found end of input", 4);
		assertInvalid("tag slow", "invalid filterset: expected '(' after tag, found `slow`", 4);
	}

	@Test
	void allAndNoneTakeNoMatcher() {
		assertInvalid("all(x)", "invalid filterset: expected ')' after all(, which takes no matcher, found `x`", 4);
		assertInvalid("none(", "invalid filterset: expected ')' after none(, which takes no matcher, found end of input",
			5);
	}

	@Test
	void emptyMatcher() {
		assertInvalid("test()", "invalid filterset: expected a matcher in test(), found ')'", 5);
		assertInvalid("tag(  )", "invalid filterset: expected a matcher in tag(), found ')'", 6);
		assertInvalid("tag(", "invalid filterset: expected a matcher in tag(), found end of input", 4);
	}

	@Test
	void emptyMatcherAfterAPrefix() {
		assertInvalid("test(=)", "invalid filterset: expected text after '=' in test(), found ')'", 6);
		assertInvalid("class(~  )", "invalid filterset: expected text after '~' in class(), found ')'", 9);
		assertInvalid("package(#)", "invalid filterset: expected text after '#' in package(), found ')'", 9);
	}

	@Test
	void emptyRegex() {
		assertInvalid("test(//)", "invalid filterset: expected a regex after '/', found '/'", 6);
	}

	@Test
	void badRegexGivesTheRegexEngineReason() {
		assertInvalid("test(/*a/)", "invalid filterset: expected a valid regex, found /*a/ (Dangling meta character '*')",
			6);
		assertInvalid("test(/a(b/)", "invalid filterset: expected a valid regex, found /a(b/ (Unclosed group)", 9);
	}

	@Test
	void badRegexCaretAllowsForEscapedSlashes() {
		assertInvalid("test(/\\/?*/)",
			"invalid filterset: expected a valid regex, found /\\/?*/ (Dangling meta character '*')", 9);
	}

	@Test
	void unclosedRegex() {
		assertInvalid("test(/abc)", "invalid filterset: expected '/' to close the regex of test(), found end of input", 10);
		assertInvalid("test(/abc\\/)",
			"invalid filterset: expected '/' to close the regex of test(), found end of input", 12);
	}

	@Test
	void textAfterARegex() {
		assertInvalid("test(/a/ b)", "invalid filterset: expected ')' after the matcher of test(), found 'b'", 9);
	}

	@Test
	void unescapedParenthesisOrCommaInAMatcher() {
		assertInvalid("test(bar(int))",
			"invalid filterset: expected ')' after the matcher of test() (write \\( for a literal '('), found '('", 8);
		assertInvalid("test(a,b)",
			"invalid filterset: expected ')' after the matcher of test() (write \\, for a literal ','), found ','", 6);
	}

	@Test
	void unknownEscape() {
		assertInvalid("test(a\\b)", "invalid filterset: expected one of ( ) , \\ after '\\' in a matcher, found 'b'", 7);
		assertInvalid("test(a\\", "invalid filterset: expected one of ( ) , \\ after '\\' in a matcher, found end of input",
			7);
	}

	@Test
	void trailingInput() {
		assertInvalid("test(a) test(b)", "invalid filterset: expected an operator or end of input, found `test`", 8);
		assertInvalid("test(a))", "invalid filterset: expected an operator or end of input, found ')'", 7);
		assertInvalid("test(a), test(b)", "invalid filterset: expected an operator or end of input, found ','", 7);
	}

	@Test
	void upperCaseOperatorSuggestsLowerCase() {
		assertInvalid("tag(slow) AND tag(db)",
			"invalid filterset: expected an operator or end of input, found `AND`; did you mean `and`?", 10);
	}

	@Test
	void binaryOperatorWithoutRightOperand() {
		assertInvalid("test(a) &", "invalid filterset: expected an expression after '&', found end of input", 9);
		assertInvalid("test(a) or", "invalid filterset: expected an expression after 'or', found end of input", 10);
		assertInvalid("test(a) - ", "invalid filterset: expected an expression after '-', found end of input", 10);
		assertInvalid("test(a) && test(b)", "invalid filterset: expected an expression after '&', found '&'", 9);
		assertInvalid("test(a) and or test(b)", "invalid filterset: expected an expression after 'and', found 'or'",
			12);
	}

	@Test
	void binaryOperatorWithoutLeftOperand() {
		assertInvalid("| test(a)", "invalid filterset: expected an expression, found '|'", 0);
		assertInvalid("and test(a)", "invalid filterset: expected an expression, found 'and'", 0);
	}

	@Test
	void notWithoutOperand() {
		assertInvalid("not", "invalid filterset: expected an expression after 'not', found end of input", 3);
		assertInvalid("test(a) | !", "invalid filterset: expected an expression after '!', found end of input", 11);
	}

	@Test
	void unclosedParenthesis() {
		assertInvalid("(test(a)", "invalid filterset: expected an operator or ')', found end of input", 8);
		assertInvalid("(test(a) test(b))", "invalid filterset: expected an operator or ')', found `test`", 9);
	}

	@Test
	void emptyParentheses() {
		assertInvalid("()", "invalid filterset: expected an expression after '(', found ')'", 1);
	}

	@Test
	void emptyExpression() {
		assertInvalid("", "invalid filterset: expected an expression, found end of input", 0);
		assertInvalid("   ", "invalid filterset: expected an expression, found end of input", 3);
	}

	@Test
	void caretStaysAlignedUnderTabsAndLineBreaks() {
		FiltersetException e = assertThrows(FiltersetException.class, () -> Filterset.parse("tag(a)\n\t&"));
		assertEquals("invalid filterset: expected an expression after '&', found end of input\n  tag(a)  &\n"
				+ "           ^", e.getMessage());
		assertEquals(9, e.position());
	}
}
