package dev.solo.engine.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SlotTableTest {
	private static final UnitPolicy ONE = UnitPolicy.DEFAULT;

	@Test
	void takesTheSmallestFreeGlobalSlotAndReusesItAfterRelease() {
		SlotTable slots = new SlotTable(3, Map.of());
		SlotTable.Grant a = slots.acquire(ONE);
		SlotTable.Grant b = slots.acquire(ONE);
		SlotTable.Grant c = slots.acquire(ONE);
		assertEquals(0, a.globalSlot());
		assertEquals(1, b.globalSlot());
		assertEquals(2, c.globalSlot());
		assertFalse(slots.fits(ONE));
		slots.release(b);
		assertEquals(1, slots.acquire(ONE).globalSlot());
	}

	@Test
	void inGlobalTheGroupSlotIsTheGlobalSlot() {
		SlotTable slots = new SlotTable(2, Map.of());
		slots.acquire(ONE);
		SlotTable.Grant second = slots.acquire(ONE);
		assertEquals(UnitPolicy.GLOBAL_GROUP, second.group());
		assertEquals(1, second.groupSlot());
	}

	@Test
	void aUnitHoldsThreadsRequiredSlotsAndCountsFromTheSmallest() {
		SlotTable slots = new SlotTable(4, Map.of());
		slots.acquire(ONE);
		SlotTable.Grant wide = slots.acquire(new UnitPolicy(UnitPolicy.GLOBAL_GROUP, 2, 0));
		assertEquals(1, wide.globalSlot());
		assertEquals(bits(1, 2), wide.globals());
		assertEquals(1, slots.freeGlobal());
		assertFalse(slots.fits(new UnitPolicy(UnitPolicy.GLOBAL_GROUP, 2, 0)));
		slots.release(wide);
		assertEquals(3, slots.freeGlobal());
	}

	@Test
	void threadsRequiredIsCappedAtTestThreads() {
		SlotTable slots = new SlotTable(2, Map.of());
		UnitPolicy all = new UnitPolicy(UnitPolicy.GLOBAL_GROUP, UnitPolicy.ALL_THREADS, 0);
		assertTrue(slots.fits(all));
		SlotTable.Grant grant = slots.acquire(all);
		assertEquals(bits(0, 1), grant.globals());
		assertFalse(slots.fits(ONE));
	}

	@Test
	void aGroupIsASemaphoreWithItsOwnSmallestFreeSlots() {
		SlotTable slots = new SlotTable(8, Map.of("db", 2));
		UnitPolicy db = new UnitPolicy("db", 1, 0);
		slots.acquire(ONE);
		SlotTable.Grant first = slots.acquire(db);
		SlotTable.Grant second = slots.acquire(db);
		assertEquals(1, first.globalSlot());
		assertEquals(0, first.groupSlot());
		assertEquals(2, second.globalSlot());
		assertEquals(1, second.groupSlot());
		assertFalse(slots.fits(db), "max-threads = 2, though global slots are free");
		assertTrue(slots.fits(ONE));
		slots.release(first);
		SlotTable.Grant third = slots.acquire(db);
		assertEquals(0, third.groupSlot());
		assertEquals(1, third.globalSlot());
	}

	@Test
	void aGroupWithoutALimitIsBoundedOnlyByGlobalSlots() {
		SlotTable slots = new SlotTable(2, Map.of());
		UnitPolicy other = new UnitPolicy("other", 1, 0);
		assertEquals(0, slots.acquire(other).groupSlot());
		assertEquals(1, slots.acquire(other).groupSlot());
		assertFalse(slots.isLimited("other"));
	}

	@Test
	void aPrestartedJvmTakesOverTheSlotItWasStartedFor() {
		SlotTable slots = new SlotTable(3, Map.of());
		SlotTable.Grant running = slots.acquire(ONE);
		slots.acquire(ONE);
		slots.release(running);
		SlotTable.Grant successor = slots.acquireAt(running.globalSlot());
		assertEquals(SlotTable.Grant.plain(0), successor);
		assertEquals(2, slots.acquire(ONE).globalSlot());
	}

	private static BitSet bits(int... set) {
		BitSet bits = new BitSet();
		for (int bit : set) {
			bits.set(bit);
		}
		return bits;
	}
}
