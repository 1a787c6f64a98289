package dev.solo.engine.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** A handful of tests to select from, and assertions that say which ones a filterset selects. */
final class Fixtures {
	static final TestFacts FOO_BAR = new TestFacts("com.example.FooTest#bar(int)", "com.example.FooTest", "bar",
		Set.of("slow", "db"), "junit-jupiter");
	static final TestFacts FOO_BAZ = new TestFacts("com.example.FooTest#baz()", "com.example.FooTest", "baz",
		Set.of("fast"), "junit-jupiter");
	static final TestFacts UTIL_QUUX = new TestFacts("com.example.util.QuuxTest#quux(java.lang.String, int)",
		"com.example.util.QuuxTest", "quux", Set.of(), "junit-vintage");
	static final TestFacts PLAIN = new TestFacts("PlainTest#run()", "PlainTest", "run", Set.of("slowest"),
		"junit-jupiter");
	// A test with no method, as a non-method test source gives.
	static final TestFacts SUITE = new TestFacts("com.example.Suite", "com.example.Suite", null, Set.of(),
		"junit-platform-suite");

	static final List<TestFacts> ALL = List.of(FOO_BAR, FOO_BAZ, UTIL_QUUX, PLAIN, SUITE);

	private Fixtures() {
	}

	static void assertSelects(String expression, TestFacts... expected) {
		Filterset filterset = Filterset.parse(expression);
		List<String> selected = ALL.stream().filter(filterset::matches).map(TestFacts::name).toList();
		assertEquals(Arrays.stream(expected).map(TestFacts::name).toList(), selected, expression);
	}

	/** Asserts the exact message: the first line, the expression, and a caret under {@code position}. */
	static FiltersetException assertInvalid(String expression, String firstLine, int position) {
		FiltersetException e = assertThrows(FiltersetException.class, () -> Filterset.parse(expression));
		assertEquals(firstLine + "\n  " + expression + "\n  " + " ".repeat(position) + "^", e.getMessage());
		assertEquals(expression, e.expression());
		assertEquals(position, e.position());
		return e;
	}
}
