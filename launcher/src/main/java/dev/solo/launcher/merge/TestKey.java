package dev.solo.launcher.merge;

import dev.solo.launcher.output.JUnitXmlWriter.Case;

/**
 * What tells one test from another in JUnit XML: its class and name. Two units of one run may share
 * both (overloads, a display name used twice), so a merge counts how often a key occurs, never
 * assumes it is once.
 */
record TestKey(String className, String name) {

	static TestKey of(Case testCase) {
		return new TestKey(testCase.className(), testCase.name());
	}

	/** As {@code SOLO_TEST_NAME} writes a test, without the parameters JUnit XML does not keep. */
	@Override
	public String toString() {
		return className + "#" + name;
	}
}
