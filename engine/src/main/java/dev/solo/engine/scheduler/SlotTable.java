package dev.solo.engine.scheduler;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * nextest's slots: {@code test-threads} global slots, of which a unit holds
 * {@code threads-required}, and per test group a semaphore of {@code max-threads}. Slot numbers
 * are the smallest free ones, so a test can use them to pick a port or a database and never
 * meet another running test on the same one. Guarded by the scheduler's lock.
 */
final class SlotTable {
	/**
	 * What one running unit holds, for all its attempts: its numbers do not change on retry.
	 *
	 * @param globalSlot the smallest of the global slots held, exported as {@code SOLO_GLOBAL_SLOT}
	 * @param groupSlot the slot within {@code group}; in {@code @global}, the global slot
	 */
	record Grant(int globalSlot, BitSet globals, String group, int groupSlot) {
		/** One {@code @global} slot, for a JVM started ahead of its turn on a slot it will take over. */
		static Grant plain(int globalSlot) {
			BitSet globals = new BitSet();
			globals.set(globalSlot);
			return new Grant(globalSlot, globals, UnitPolicy.GLOBAL_GROUP, globalSlot);
		}
	}

	private final int size;
	private final Map<String, Integer> groupMaxThreads;
	private final BitSet usedGlobal = new BitSet();
	private final Map<String, BitSet> usedByGroup = new HashMap<>();

	SlotTable(int testThreads, Map<String, Integer> groupMaxThreads) {
		this.size = Math.max(1, testThreads);
		this.groupMaxThreads = Map.copyOf(groupMaxThreads);
	}

	int size() {
		return size;
	}

	/** {@code threads-required}, capped at {@code test-threads}: nextest runs such a test alone rather than never. */
	int threadsFor(UnitPolicy policy) {
		return Math.min(policy.threadsRequired(), size);
	}

	int freeGlobal() {
		return size - usedGlobal.cardinality();
	}

	boolean groupHasRoom(String group) {
		if (UnitPolicy.GLOBAL_GROUP.equals(group)) {
			return true;
		}
		BitSet used = usedByGroup.get(group);
		return used == null || used.cardinality() < groupMaxThreads.getOrDefault(group, Integer.MAX_VALUE);
	}

	boolean isLimited(String group) {
		return groupMaxThreads.containsKey(group) && !UnitPolicy.GLOBAL_GROUP.equals(group);
	}

	boolean fits(UnitPolicy policy) {
		return freeGlobal() >= threadsFor(policy) && groupHasRoom(policy.testGroup());
	}

	/** Takes the smallest free slots; the caller checked {@link #fits}. */
	Grant acquire(UnitPolicy policy) {
		if (!fits(policy)) {
			throw new IllegalStateException("no room for " + policy);
		}
		BitSet taken = new BitSet();
		for (int i = 0, slot = usedGlobal.nextClearBit(0); i < threadsFor(policy); i++, slot = usedGlobal.nextClearBit(slot + 1)) {
			taken.set(slot);
		}
		return take(taken, policy.testGroup());
	}

	/**
	 * Takes one given global slot for a plain {@code @global} unit: a JVM started ahead of its
	 * turn already carries its slot number in its environment.
	 */
	Grant acquireAt(int globalSlot) {
		if (usedGlobal.get(globalSlot) || globalSlot >= size) {
			throw new IllegalStateException("global slot " + globalSlot + " is not free");
		}
		BitSet taken = new BitSet();
		taken.set(globalSlot);
		return take(taken, UnitPolicy.GLOBAL_GROUP);
	}

	private Grant take(BitSet taken, String group) {
		usedGlobal.or(taken);
		int globalSlot = taken.nextSetBit(0);
		int groupSlot = globalSlot;
		if (!UnitPolicy.GLOBAL_GROUP.equals(group)) {
			BitSet used = usedByGroup.computeIfAbsent(group, g -> new BitSet());
			groupSlot = used.nextClearBit(0);
			used.set(groupSlot);
		}
		return new Grant(globalSlot, taken, group, groupSlot);
	}

	void release(Grant grant) {
		usedGlobal.andNot(grant.globals());
		if (!UnitPolicy.GLOBAL_GROUP.equals(grant.group())) {
			usedByGroup.get(grant.group()).clear(grant.groupSlot());
		}
	}
}
