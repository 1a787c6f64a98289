package dev.solo.examples.multimodule;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

/** Excluded by the module's Surefire configuration: a run that picks it up fails. */
class ManualCheckTest {
	@Test
	void mustNotRun() {
		fail("excluded by <exclude>**/Manual*Test.java</exclude>, yet it ran");
	}
}
