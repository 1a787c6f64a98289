package dev.solo.engine.filter;

import static dev.solo.engine.filter.Fixtures.FOO_BAR;
import static dev.solo.engine.filter.Fixtures.FOO_BAZ;
import static dev.solo.engine.filter.Fixtures.PLAIN;
import static dev.solo.engine.filter.Fixtures.SUITE;
import static dev.solo.engine.filter.Fixtures.UTIL_QUUX;
import static dev.solo.engine.filter.Fixtures.assertSelects;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class FiltersetMatcherTest {

	@Test
	void exactMatchesTheWholeValueOnly() {
		assertSelects("method(=ba)");
		assertSelects("method(=baz)", FOO_BAZ);
	}

	@Test
	void containsMatchesAnywhere() {
		assertSelects("test(~Test#ba)", FOO_BAR, FOO_BAZ);
		assertSelects("class(~util)", UTIL_QUUX);
	}

	@Test
	void regexFindsAMatchAnywhereInTheValue() {
		assertSelects("test(/ba[rz]/)", FOO_BAR, FOO_BAZ);
		assertSelects("test(/^Plain/)", PLAIN);
		assertSelects("method(/^ba$/)");
	}

	@Test
	void regexKeepsItsOwnBackslashes() {
		assertSelects("test(/\\(\\)$/)", FOO_BAZ, PLAIN);
		assertSelects("test(/\\(\\w+\\)/)", FOO_BAR);
	}

	@Test
	void regexMayContainParenthesesAndCommas() {
		assertSelects("test(/quux\\(java.lang.String, int\\)/)", UTIL_QUUX);
		assertSelects("method(/(bar|run)/)", FOO_BAR, PLAIN);
	}

	@Test
	void escapedSlashInARegexIsASlash() {
		TestFacts slashed = new TestFacts("a/b#m()", "a/b", "m", Set.of(), "e");
		assertTrue(Filterset.parse("class(/^a\\/b$/)").matches(slashed));
	}

	@Test
	void globStarMatchesAnyRunOfCharacters() {
		assertSelects("package(#com.example*)", FOO_BAR, FOO_BAZ, UTIL_QUUX, SUITE);
		assertSelects("package(#com.example.*)", UTIL_QUUX);
		assertSelects("test(#*Test#ba*)", FOO_BAR, FOO_BAZ);
	}

	@Test
	void globQuestionMarkMatchesOneCharacter() {
		assertSelects("method(#ba?)", FOO_BAR, FOO_BAZ);
		assertSelects("method(#b?)");
	}

	@Test
	void globMatchesTheWholeValue() {
		assertSelects("class(#FooTest)");
		assertSelects("class(#*FooTest)", FOO_BAR, FOO_BAZ);
	}

	@Test
	void globTreatsRegexCharactersLiterally() {
		assertSelects("test(#*.FooTest#bar\\(int\\))", FOO_BAR);
		assertSelects("test(#*FooTest.bar*)");
	}

	@Test
	void testDefaultsToContains() {
		assertSelects("test(FooTest#ba)", FOO_BAR, FOO_BAZ);
	}

	@Test
	void classDefaultsToContains() {
		assertSelects("class(FooTest)", FOO_BAR, FOO_BAZ);
	}

	@Test
	void methodDefaultsToContains() {
		assertSelects("method(ba)", FOO_BAR, FOO_BAZ);
	}

	@Test
	void packageDefaultsToGlob() {
		assertSelects("package(com.example)", FOO_BAR, FOO_BAZ, SUITE);
		assertSelects("package(com.*)", FOO_BAR, FOO_BAZ, UTIL_QUUX, SUITE);
		assertSelects("package(com)");
	}

	@Test
	void tagDefaultsToExact() {
		assertSelects("tag(slow)", FOO_BAR);
		assertSelects("tag(slo)");
	}

	@Test
	void engineDefaultsToExact() {
		assertSelects("engine(junit-vintage)", UTIL_QUUX);
		assertSelects("engine(junit)");
	}

	@Test
	void whitespaceAroundAMatcherIsTrimmed() {
		assertSelects("method(  baz  )", FOO_BAZ);
		assertSelects("method( = baz )", FOO_BAZ);
		assertSelects("method( /^baz$/ )", FOO_BAZ);
	}

	@Test
	void whitespaceInsideAMatcherIsKept() {
		assertSelects("test(String\\, int)", UTIL_QUUX);
		assertSelects("test(String\\,int)");
	}

	@Test
	void escapesWriteParenthesesCommasAndBackslashes() {
		assertSelects("test(~\\(java.lang.String\\, int\\))", UTIL_QUUX);
		TestFacts backslashed = new TestFacts("a\\b#m()", "a\\b", "m", Set.of(), "e");
		assertTrue(Filterset.parse("class(=a\\\\b)").matches(backslashed));
	}
}
