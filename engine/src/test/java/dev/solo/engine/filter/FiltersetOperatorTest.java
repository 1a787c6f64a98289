package dev.solo.engine.filter;

import static dev.solo.engine.filter.Fixtures.FOO_BAR;
import static dev.solo.engine.filter.Fixtures.FOO_BAZ;
import static dev.solo.engine.filter.Fixtures.PLAIN;
import static dev.solo.engine.filter.Fixtures.SUITE;
import static dev.solo.engine.filter.Fixtures.UTIL_QUUX;
import static dev.solo.engine.filter.Fixtures.assertSelects;

import org.junit.jupiter.api.Test;

// The operands are chosen so that every other grouping of the same expression selects other tests.
class FiltersetOperatorTest {

	@Test
	void andIsWrittenAndOrAmpersand() {
		assertSelects("class(FooTest) and tag(slow)", FOO_BAR);
		assertSelects("class(FooTest) & tag(slow)", FOO_BAR);
	}

	@Test
	void orIsWrittenOrPipeOrPlus() {
		assertSelects("method(=bar) or method(=run)", FOO_BAR, PLAIN);
		assertSelects("method(=bar) | method(=run)", FOO_BAR, PLAIN);
		assertSelects("method(=bar) + method(=run)", FOO_BAR, PLAIN);
	}

	@Test
	void notIsWrittenNotOrBang() {
		assertSelects("not class(FooTest)", UTIL_QUUX, PLAIN, SUITE);
		assertSelects("!class(FooTest)", UTIL_QUUX, PLAIN, SUITE);
	}

	@Test
	void notCanBeRepeated() {
		assertSelects("not not tag(slow)", FOO_BAR);
		assertSelects("!!tag(slow)", FOO_BAR);
		assertSelects("! not tag(slow)", FOO_BAR);
	}

	@Test
	void minusIsAndNot() {
		assertSelects("class(FooTest) - tag(slow)", FOO_BAZ);
	}

	@Test
	void andBindsTighterThanOr() {
		// a | (b & c), not (a | b) & c
		assertSelects("method(=run) | class(FooTest) & tag(fast)", FOO_BAZ, PLAIN);
		assertSelects("class(FooTest) & tag(fast) | method(=run)", FOO_BAZ, PLAIN);
	}

	@Test
	void notBindsTighterThanAnd() {
		// (!a) & b, not !(a & b)
		assertSelects("!tag(slow) & class(FooTest)", FOO_BAZ);
		assertSelects("not tag(slow) and class(FooTest)", FOO_BAZ);
	}

	@Test
	void notBindsTighterThanOr() {
		// (!a) | b, not !(a | b)
		assertSelects("!class(FooTest) | tag(slow)", FOO_BAR, UTIL_QUUX, PLAIN, SUITE);
	}

	@Test
	void minusGroupsToTheLeft() {
		// (a - b) - c, not a - (b - c)
		assertSelects("all() - class(FooTest) - engine(junit-vintage)", PLAIN, SUITE);
	}

	@Test
	void minusBindsTighterThanOr() {
		// (a - b) | c, not a - (b | c)
		assertSelects("class(FooTest) - tag(slow) | method(=run)", FOO_BAZ, PLAIN);
		// a | (b - c), not (a | b) - c
		assertSelects("method(=run) | class(FooTest) - tag(slowest)", FOO_BAR, FOO_BAZ, PLAIN);
	}

	@Test
	void minusAndAndShareALevel() {
		// (a - b) & c, not a - (b & c)
		assertSelects("all() - class(FooTest) & engine(junit-jupiter)", PLAIN);
		// (a & b) - c
		assertSelects("class(FooTest) & method(ba) - tag(db)", FOO_BAZ);
	}

	@Test
	void parenthesesGroup() {
		assertSelects("(method(=run) | class(FooTest)) & tag(fast)", FOO_BAZ);
		assertSelects("class(FooTest) - (tag(slow) | method(=run))", FOO_BAZ);
		assertSelects("all() - (class(FooTest) - engine(junit-vintage))", UTIL_QUUX, PLAIN, SUITE);
		assertSelects("!(tag(slow) & class(FooTest))", FOO_BAZ, UTIL_QUUX, PLAIN, SUITE);
	}

	@Test
	void parenthesesNest() {
		assertSelects("((tag(slow)))", FOO_BAR);
		assertSelects("(tag(slow) | (tag(fast) & (method(baz))))", FOO_BAR, FOO_BAZ);
	}

	@Test
	void notCanBeWrittenLikeAFunction() {
		assertSelects("not(class(FooTest))", UTIL_QUUX, PLAIN, SUITE);
	}

	@Test
	void whitespaceBetweenTokensIsOptional() {
		assertSelects("class(FooTest)-tag(slow)", FOO_BAZ);
		assertSelects("tag(slow)|tag(fast)&method(baz)", FOO_BAR, FOO_BAZ);
		assertSelects("!(tag(slow))", FOO_BAZ, UTIL_QUUX, PLAIN, SUITE);
	}

	@Test
	void whitespaceBetweenTokensMayBeAnyAmount() {
		assertSelects("\n\ttag (slow)\n|\t tag ( fast )  ", FOO_BAR, FOO_BAZ);
		assertSelects("  all ( )  -  none (  )", FOO_BAR, FOO_BAZ, UTIL_QUUX, PLAIN, SUITE);
	}
}
