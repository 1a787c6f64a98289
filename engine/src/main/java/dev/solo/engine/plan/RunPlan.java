package dev.solo.engine.plan;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.events.NotRun;
import dev.solo.engine.scheduler.Scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.apiguardian.api.API;

/**
 * What the engine hands the scheduler beyond the units: their policies and group limits, and
 * which units not to run.
 *
 * @param skip a reason when the unit is not to run
 */
@API(status = INTERNAL, since = "0.1")
public record RunPlan(Scheduling scheduling, Function<ForkUnit, Optional<String>> skip) {
	public RunPlan {
		Objects.requireNonNull(scheduling, "scheduling");
		Objects.requireNonNull(skip, "skip");
	}

	/** The units that run, in order; the others go to {@code skipped}. */
	public List<ForkUnit> split(List<ForkUnit> units, List<NotRun> skipped) {
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
