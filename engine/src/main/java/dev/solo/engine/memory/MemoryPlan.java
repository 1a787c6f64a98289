package dev.solo.engine.memory;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.config.MemorySize;
import dev.solo.engine.config.Settings;
import dev.solo.engine.config.TestMemory;
import dev.solo.engine.discovery.ForkUnit;

import java.util.OptionalLong;
import java.util.function.Function;

import org.apiguardian.api.API;

/**
 * What the scheduler knows of memory before a run: the budget ({@code test-memory}) and each
 * unit's expected peak: its override's {@code memory}, else the peak the record measured when
 * it last ran, else nothing (it takes none of the budget: the first run measures it).
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class MemoryPlan {
	/** No budget: {@code test-memory = "none"}, or a machine whose memory cannot be read. */
	public static final MemoryPlan NONE = new MemoryPlan(OptionalLong.empty(), unit -> OptionalLong.empty(),
			unit -> OptionalLong.empty());

	private final OptionalLong budget;
	private final Function<ForkUnit, OptionalLong> declared;
	private final Function<ForkUnit, OptionalLong> learned;

	public MemoryPlan(OptionalLong budget, Function<ForkUnit, OptionalLong> declared,
			Function<ForkUnit, OptionalLong> learned) {
		this.budget = budget;
		this.declared = declared;
		this.learned = learned;
	}

	/**
	 * The plan of a run under {@code settings}; {@code unitSettings} gives a unit's own (its
	 * override's) and {@code learned} its recorded peak, read only when there is a budget.
	 */
	public static MemoryPlan of(Settings settings, Function<ForkUnit, Settings> unitSettings,
			java.util.function.Supplier<Function<ForkUnit, OptionalLong>> learned) {
		OptionalLong budget = budget(settings.testMemory());
		if (budget.isEmpty()) {
			return NONE;
		}
		return new MemoryPlan(budget, unit -> unitSettings.apply(unit).memory(), learned.get());
	}

	/** The budget {@code test-memory} stands for on this machine; empty for none. */
	public static OptionalLong budget(TestMemory setting) {
		return switch (setting.mode()) {
			case NONE -> OptionalLong.empty();
			case FIXED -> OptionalLong.of(setting.bytes());
			case AUTO -> MachineMemory.defaultBudget();
		};
	}

	public MemoryBudget ledger() {
		return budget.isPresent() ? new MemoryBudget(budget.getAsLong()) : MemoryBudget.unlimited();
	}

	/** The unit's expected peak in bytes, 0 when nothing is known of it. */
	public long expected(ForkUnit unit) {
		if (budget.isEmpty()) {
			return 0;
		}
		OptionalLong own = declared.apply(unit);
		return own.isPresent() ? own.getAsLong() : learned.apply(unit).orElse(0);
	}

	/** What the scheduler says once of a unit whose peak alone is over the budget. */
	public String runsAlone(ForkUnit unit, long expected) {
		boolean own = declared.apply(unit).isPresent();
		return "solo: warning: " + unit.name() + " takes " + MemorySize.format(expected) + " at its peak ("
				+ (own ? "its memory setting" : "as last recorded") + "), more than test-memory's "
				+ MemorySize.format(budget.orElse(0)) + ": it runs alone";
	}
}
