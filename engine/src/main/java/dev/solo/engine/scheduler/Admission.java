package dev.solo.engine.scheduler;

import dev.solo.engine.memory.MemoryBudget;

import java.util.List;

/**
 * Whether a unit may start given what runs: {@code ahead} judges a unit for a JVM started
 * behind a busy slot, and stops at the first unit that would start next but cannot start so.
 */
final class Admission implements ReadyQueue.Admission<Pending> {
	private final boolean ahead;
	private final SlotTable slots;
	private final List<LockClaim> held;
	private final MemoryBudget memory;

	/** Judges against the scheduler's own state, read under its lock: the slots, the locks held, the memory. */
	Admission(boolean ahead, SlotTable slots, List<LockClaim> held, MemoryBudget memory) {
		this.ahead = ahead;
		this.slots = slots;
		this.held = held;
		this.memory = memory;
	}

	@Override
	public ReadyQueue.Verdict judge(Pending candidate) {
		boolean free = slots.groupHasRoom(candidate.policy().testGroup()) && !locked(candidate.claim())
				&& memory.fits(candidate.memory());
		if (!ahead) {
			return free && slots.fits(candidate.policy()) ? ReadyQueue.Verdict.START : ReadyQueue.Verdict.BLOCKED;
		}
		if (!free) {
			return ReadyQueue.Verdict.BLOCKED;
		}
		return candidate.plain() ? ReadyQueue.Verdict.START : ReadyQueue.Verdict.STOP;
	}

	/**
	 * A hungry unit keeps its group and its locks from later units; and its slots, when slots
	 * are all it lacks (when a group member or a lock holder ends, it frees a slot with it).
	 */
	@Override
	public boolean hinders(Pending waiting, Pending candidate) {
		String group = waiting.policy().testGroup();
		if (slots.isLimited(group) && group.equals(candidate.policy().testGroup())) {
			return true;
		}
		if (waiting.claim().conflictsWith(candidate.claim())) {
			return true;
		}
		// what it waits for may be memory: a unit that takes some, or any unit when it must run alone
		if (!memory.fits(waiting.memory()) && (candidate.memory() > 0 || memory.exceeds(waiting.memory()))) {
			return true;
		}
		return slots.groupHasRoom(group) && !locked(waiting.claim())
				&& slots.freeGlobal() < slots.threadsFor(waiting.policy());
	}

	private boolean locked(LockClaim claim) {
		for (LockClaim running : held) {
			if (running.conflictsWith(claim)) {
				return true;
			}
		}
		return false;
	}
}
