package dev.solo.examples.multimodule;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Tagged out by the module's {@code <excludedGroups>}: a run that picks it up fails. */
@Tag("network")
class NetworkTest {
	@Test
	void mustNotRun() {
		fail("excluded by <excludedGroups>network</excludedGroups>, yet it ran");
	}
}
