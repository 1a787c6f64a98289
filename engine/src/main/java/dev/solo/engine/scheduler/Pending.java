package dev.solo.engine.scheduler;

import dev.solo.engine.discovery.ForkUnit;

/** A unit in the queue with what the scheduler needs to know of it; {@code memory}: its expected peak, 0 unknown. */
record Pending(ForkUnit unit, UnitPolicy policy, LockClaim claim, long memory) {
	/** Needs one {@code @global} slot and nothing else: the only kind that can start ahead of its turn. */
	boolean plain() {
		return policy.isGlobal() && policy.threadsRequired() == 1 && claim.isNone();
	}
}
