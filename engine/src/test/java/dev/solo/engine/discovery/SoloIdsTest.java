package dev.solo.engine.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.UniqueId;

class SoloIdsTest {

	@Test
	void delegateIdsNestUnderSolo() {
		UniqueId delegate = UniqueId.parse("[engine:junit-jupiter]/[class:a.B]/[method:c()]");
		UniqueId solo = SoloIds.toSolo(delegate);
		assertEquals("[engine:solo]/[engine:junit-jupiter]/[class:a.B]/[method:c()]", solo.toString());
		assertEquals(delegate, SoloIds.toDelegate(solo).orElseThrow());
	}

	@Test
	void soloRootAndForeignIdsHaveNoDelegate() {
		assertTrue(SoloIds.toDelegate(UniqueId.forEngine("solo")).isEmpty());
		assertTrue(SoloIds.toDelegate(UniqueId.parse("[engine:junit-jupiter]/[class:a.B]")).isEmpty());
	}
}
