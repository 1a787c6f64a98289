package dev.solo.engine.filter;

import static dev.solo.engine.filter.Fixtures.FOO_BAR;
import static dev.solo.engine.filter.Fixtures.FOO_BAZ;
import static dev.solo.engine.filter.Fixtures.PLAIN;
import static dev.solo.engine.filter.Fixtures.SUITE;
import static dev.solo.engine.filter.Fixtures.UTIL_QUUX;
import static dev.solo.engine.filter.Fixtures.assertSelects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FiltersetPredicateTest {

	@Test
	void testMatchesTheFullNameIncludingParameters() {
		assertSelects("test(#*bar\\(int\\))", FOO_BAR);
		assertSelects("test(=com.example.FooTest#baz\\(\\))", FOO_BAZ);
	}

	@Test
	void classMatchesTheFullyQualifiedClassName() {
		assertSelects("class(=com.example.FooTest)", FOO_BAR, FOO_BAZ);
		assertSelects("class(=FooTest)");
	}

	@Test
	void methodMatchesTheMethodNameWithoutParameters() {
		assertSelects("method(=bar)", FOO_BAR);
		assertSelects("method(=bar\\(int\\))");
	}

	@Test
	void methodNeverMatchesATestWithoutAMethod() {
		assertSelects("method(/.*/)", FOO_BAR, FOO_BAZ, UTIL_QUUX, PLAIN);
		assertSelects("not method(/.*/)", SUITE);
	}

	@Test
	void packageMatchesTheClassPackage() {
		assertSelects("package(=com.example)", FOO_BAR, FOO_BAZ, SUITE);
		assertSelects("package(=com.example.util)", UTIL_QUUX);
	}

	@Test
	void theDefaultPackageIsTheEmptyString() {
		assertSelects("package(/^$/)", PLAIN);
		assertEquals("", PLAIN.packageName());
	}

	@Test
	void tagMatchesAnyOfTheTags() {
		assertSelects("tag(=db)", FOO_BAR);
		assertSelects("tag(=slow)", FOO_BAR);
		assertSelects("tag(~slow)", FOO_BAR, PLAIN);
	}

	@Test
	void tagNeverMatchesATestWithoutTags() {
		assertSelects("tag(/.*/)", FOO_BAR, FOO_BAZ, PLAIN);
	}

	@Test
	void engineMatchesTheEngineId() {
		assertSelects("engine(=junit-vintage)", UTIL_QUUX);
		assertSelects("engine(=junit-jupiter)", FOO_BAR, FOO_BAZ, PLAIN);
	}

	@Test
	void allMatchesEverythingAndNoneNothing() {
		assertSelects("all()", FOO_BAR, FOO_BAZ, UTIL_QUUX, PLAIN, SUITE);
		assertSelects("none()");
	}

	@Test
	void theAllFactoryMatchesEverything() {
		Filterset all = Filterset.all();
		assertEquals("all()", all.expression());
		assertTrue(Fixtures.ALL.stream().allMatch(all::matches));
	}

	@Test
	void theExpressionIsTheSourceText() {
		String source = "  test(foo)  &  tag(slow) ";
		assertEquals(source, Filterset.parse(source).expression());
		assertEquals(source, Filterset.parse(source).toString());
	}

	@Test
	void packageNameComesFromTheClassName() {
		assertEquals("com.example", FOO_BAR.packageName());
		assertEquals("com.example", new TestFacts("com.example.Outer$Inner#m()", "com.example.Outer$Inner", "m",
			Set.of(), "junit-jupiter").packageName());
	}

	@Test
	void testFactsCopyTheirTagsAndAcceptNoTags() {
		Set<String> tags = new HashSet<>(Set.of("a"));
		TestFacts facts = new TestFacts("C#m()", "C", "m", tags, "e");
		tags.add("b");
		assertEquals(Set.of("a"), facts.tags());
		assertEquals(Set.of(), new TestFacts("C#m()", "C", "m", null, "e").tags());
	}
}
