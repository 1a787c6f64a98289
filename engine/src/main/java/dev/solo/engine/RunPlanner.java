package dev.solo.engine;

import dev.solo.engine.config.Settings;
import dev.solo.engine.config.SettingsException;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.IgnoredTests;
import dev.solo.engine.partition.Partition;
import dev.solo.engine.partition.PartitionException;
import dev.solo.engine.partition.Selection;
import dev.solo.engine.policy.Policies;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a run's settings make of its units before any starts: which are skipped and why
 * ({@code solo.run-ignored=only}, a partition), and how the scheduler treats the rest (each
 * unit's override: its group, threads and priority).
 */
final class RunPlanner {
	static final String RUN_IGNORED_ONLY = "not ignored, and solo.run-ignored=only";

	private RunPlanner() {
	}

	/** The partition this run is one shard of: {@code solo.partition}, else Bazel's sharding variables. */
	static Optional<Partition> partition(Settings settings, Map<String, String> environment) {
		try {
			if (settings.partition().isPresent()) {
				return Optional.of(Partition.parse(settings.partition().get()));
			}
			return Partition.fromBazel(environment);
		}
		catch (PartitionException e) {
			throw SettingsException.located("", settings.partition().isPresent() ? "solo.partition" : "sharding",
					e.getMessage());
		}
	}

	static SchedulingHook.Plan plan(Settings settings, Policies policies, List<ForkUnit> units,
			Optional<Partition> partition) {
		Map<ForkUnit, String> skipped = new IdentityHashMap<>();
		List<ForkUnit> candidates = units;
		if (settings.runIgnored() == Settings.RunIgnored.ONLY) {
			candidates = units.stream().filter(u -> IgnoredTests.isIgnored(u.descriptor()))
					.toList();
			units.stream().filter(u -> !IgnoredTests.isIgnored(u.descriptor()))
					.forEach(u -> skipped.put(u, RUN_IGNORED_ONLY));
		}
		if (partition.isPresent()) {
			// A partition deals the tests that would run, as nextest's does: after filters.
			Selection<ForkUnit> selection = partition.get().select(candidates, ForkUnit::name, unit -> "");
			selection.excluded().forEach(u -> skipped.put(u, selection.reason()));
		}
		return new SchedulingHook.Plan(policies.scheduling(), unit -> Optional.ofNullable(skipped.get(unit)));
	}
}
