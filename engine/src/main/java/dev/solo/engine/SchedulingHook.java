package dev.solo.engine;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.events.NotRun;
import dev.solo.engine.scheduler.Scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the engine hands the scheduler beyond the units: their policies and group limits, and
 * which units not to run. Today only Solo's own tests set it; the {@code .config/solo.toml}
 * reader and the partitioner take its place.
 */
final class SchedulingHook {
	/** @param skip a reason when the unit is not to run */
	record Plan(Scheduling scheduling, Function<ForkUnit, Optional<String>> skip) {
		static final Plan DEFAULT = new Plan(Scheduling.DEFAULT, unit -> Optional.empty());

		Plan {
			Objects.requireNonNull(scheduling, "scheduling");
			Objects.requireNonNull(skip, "skip");
		}

		/** The units that run, in order; the others go to {@code skipped}. */
		List<ForkUnit> split(List<ForkUnit> units, List<NotRun> skipped) {
			List<ForkUnit> run = new ArrayList<>();
			for (ForkUnit unit : units) {
				Optional<String> reason = skip.apply(unit);
				if (reason.isPresent()) {
					skipped.add(new NotRun(unit, reason.get()));
				}
				else {
					run.add(unit);
				}
			}
			return run;
		}
	}

	private static volatile Plan current = Plan.DEFAULT;

	private SchedulingHook() {
	}

	/** Applies to every Solo run in this JVM until the returned handle is closed. */
	static AutoCloseable use(Plan plan) {
		current = plan;
		return () -> current = Plan.DEFAULT;
	}

	static Plan current() {
		return current;
	}
}
