package dev.solo.engine.filter;

import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A part of a test that a predicate matches, with the matcher used when the predicate's text has no
 * prefix.
 */
enum Field {
	// Names, classes and methods are long and dotted, so a fragment is what people type, as nextest's
	// test(). A package is matched whole unless a * asks for its subpackages (com.example.*), and a tag or
	// an engine id is a short word where a fragment would match too much: tag(slow) must not select "slowest".
	TEST("test", Kind.CONTAINS, test -> Stream.of(test.name())),
	CLASS("class", Kind.CONTAINS, test -> Stream.of(test.className())),
	METHOD("method", Kind.CONTAINS, test -> Stream.ofNullable(test.methodName())),
	PACKAGE("package", Kind.GLOB, test -> Stream.of(test.packageName())),
	TAG("tag", Kind.EXACT, test -> test.tags().stream()),
	ENGINE("engine", Kind.EXACT, test -> Stream.of(test.engineId()));

	/** The matcher kinds, by the prefix that asks for them. */
	enum Kind {
		EXACT, CONTAINS, REGEX, GLOB
	}

	private final String keyword;
	private final Kind defaultKind;
	private final Function<TestFacts, Stream<String>> values;

	Field(String keyword, Kind defaultKind, Function<TestFacts, Stream<String>> values) {
		this.keyword = keyword;
		this.defaultKind = defaultKind;
		this.values = values;
	}

	String keyword() {
		return keyword;
	}

	Kind defaultKind() {
		return defaultKind;
	}

	// A test matches when any of its values does: a test has many tags, and no method name at all
	// when it has no method, so tag() and method() both fall out of the same rule.
	boolean matches(TestFacts test, NameMatcher matcher) {
		return values.apply(test).anyMatch(matcher::matches);
	}

	static Field forKeyword(String keyword) {
		for (Field field : values()) {
			if (field.keyword.equals(keyword)) {
				return field;
			}
		}
		return null;
	}
}
