package dev.solo.engine.plan;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.config.Settings;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.partition.Partition;
import dev.solo.engine.policy.Policies;
import dev.solo.engine.policy.SkippedUnits;
import dev.solo.engine.record.RerunBase;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * What a run's settings make of its units before any starts: which are skipped and why
 * ({@link SkippedUnits}), and how the scheduler treats the rest (each unit's override: its
 * group, threads and priority).
 */
@API(status = INTERNAL, since = "0.1")
public final class RunPlanner {
	private RunPlanner() {
	}

	public static RunPlan plan(Settings settings, Policies policies, List<ForkUnit> units,
			Optional<Partition> partition, Optional<RerunBase> rerun) {
		Map<ForkUnit, String> skipped = SkippedUnits.of(settings, units, partition, rerun);
		return new RunPlan(policies.scheduling(), unit -> Optional.ofNullable(skipped.get(unit)));
	}
}
