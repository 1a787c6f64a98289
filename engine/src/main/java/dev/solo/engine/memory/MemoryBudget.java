package dev.solo.engine.memory;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * The scheduler's ledger of memory: the budget, and the expected peaks of the JVMs it holds
 * (running, or started ahead of their turn). A JVM starts only when its expected peak fits
 * beside theirs; one whose peak alone is over the budget starts only when no JVM runs, and
 * nothing starts beside it. A JVM with no expected peak (nothing known of it) takes none of the
 * budget. Not thread-safe: the scheduler's lock guards it.
 */
@API(status = INTERNAL, since = "0.1")
public final class MemoryBudget {
	/** No budget: every JVM fits. */
	public static MemoryBudget unlimited() {
		return new MemoryBudget(Long.MAX_VALUE);
	}

	private final long budget;
	private long reserved;
	private int holders;
	private int alone;

	public MemoryBudget(long budget) {
		if (budget <= 0) {
			throw new IllegalArgumentException("a memory budget must be above 0: " + budget);
		}
		this.budget = budget;
	}

	public boolean isLimited() {
		return budget != Long.MAX_VALUE;
	}

	public long budget() {
		return budget;
	}

	/** Whether a JVM whose peak alone is over the budget: it runs alone. */
	public boolean exceeds(long expected) {
		return isLimited() && expected > budget;
	}

	/** Whether a JVM expected to peak at {@code expected} bytes (0: unknown) may start now. */
	public boolean fits(long expected) {
		if (!isLimited()) {
			return true;
		}
		if (alone > 0) {
			return false;
		}
		if (exceeds(expected)) {
			return holders == 0;
		}
		return reserved + Math.max(0, expected) <= budget;
	}

	/** Takes a started JVM's share; the caller checked {@link #fits}. */
	public void reserve(long expected) {
		holders++;
		if (exceeds(expected)) {
			alone++;
		}
		else {
			reserved += Math.max(0, expected);
		}
	}

	/** Gives back what {@link #reserve} took for a JVM with the same {@code expected}. */
	public void release(long expected) {
		holders--;
		if (exceeds(expected)) {
			alone--;
		}
		else {
			reserved -= Math.max(0, expected);
		}
	}

	/** The expected peaks of the JVMs held now, in bytes. */
	public long reserved() {
		return reserved;
	}

	public int holders() {
		return holders;
	}
}
