package dev.solo.engine.policy;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.config.Settings;
import dev.solo.engine.config.SettingsException;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.IgnoredTests;
import dev.solo.engine.partition.Partition;
import dev.solo.engine.partition.PartitionException;
import dev.solo.engine.partition.Selection;
import dev.solo.engine.record.RerunBase;
import dev.solo.engine.store.RecordedDurations;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

import org.apiguardian.api.API;

/**
 * The units a run's settings keep from starting, each with its reason: with
 * {@code solo.rerun} those that already passed, with {@code solo.run-ignored=only} those not ignored, then those outside the partition. One rule
 * for {@code solo run} and {@code solo list}, so the list is what the run runs.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class SkippedUnits {
	public static final String RUN_IGNORED_ONLY = "not ignored, and solo.run-ignored=only";
	private static final String DURATION = "duration";

	private SkippedUnits() {
	}

	/**
	 * The partition this run is one shard of: {@code solo.partition}, else Bazel's sharding variables.
	 * A {@code duration:m/n} one is balanced by the durations of {@code solo.durations-file} when it
	 * is set, else by those the record store knows from runs that were not shards ({@link RecordedDurations#known}).
	 */
	public static Optional<Partition> partition(Settings settings, Map<String, String> environment) {
		try {
			if (settings.partition().isPresent()) {
				Partition partition = Partition.parse(settings.partition().get());
				if (!partition.kind().equals(DURATION)) {
					return Optional.of(partition);
				}
				Map<String, Long> durations = durations(settings);
				return Optional.of(Partition.parse(settings.partition().get(),
						id -> durations.containsKey(id) ? OptionalLong.of(durations.get(id)) : OptionalLong.empty()));
			}
			return Partition.fromBazel(environment);
		}
		catch (PartitionException e) {
			throw SettingsException.located("", settings.partition().isPresent() ? "solo.partition" : "sharding",
					e.getMessage());
		}
	}

	/** Read only for a duration partition, so that no other run pays for reading them or fails on a bad file. */
	private static Map<String, Long> durations(Settings settings) {
		if (settings.durationsFile().isEmpty()) {
			return RecordedDurations.known(settings);
		}
		try {
			return RecordedDurations.read(Path.of(settings.durationsFile().get()).toAbsolutePath());
		}
		catch (IOException | InvalidPathException e) {
			throw SettingsException.located("", "solo.durations-file", e.getMessage());
		}
	}

	/**
	 * What a partition knows a unit by. Durations are recorded by unit id, so a duration partition
	 * knows units by their ids (and hashes those of units with no history); the other kinds hash
	 * and sort the name, as {@code solo list} shows it.
	 */
	private static Function<ForkUnit, String> stableName(Partition partition) {
		return partition.kind().equals(DURATION) ? unit -> unit.descriptor().getUniqueId().toString() : ForkUnit::name;
	}

	/** The skipped units among {@code units}, by identity, with their reasons. */
	public static Map<ForkUnit, String> of(Settings settings, List<ForkUnit> units, Optional<Partition> partition) {
		return of(settings, units, partition, Optional.empty());
	}

	/** The same, for a rerun of {@code rerun}: what already passed there is skipped first. */
	public static Map<ForkUnit, String> of(Settings settings, List<ForkUnit> units, Optional<Partition> partition,
			Optional<RerunBase> rerun) {
		Map<ForkUnit, String> skipped = new IdentityHashMap<>();
		List<ForkUnit> candidates = units;
		if (rerun.isPresent()) {
			candidates = new ArrayList<>();
			for (ForkUnit unit : units) {
				Optional<String> reason = rerun.get().skipReason(unit);
				if (reason.isPresent()) {
					skipped.put(unit, reason.get());
				}
				else {
					candidates.add(unit);
				}
			}
		}
		if (settings.runIgnored() == Settings.RunIgnored.ONLY) {
			candidates.stream().filter(u -> !IgnoredTests.isIgnored(u.descriptor()))
					.forEach(u -> skipped.put(u, RUN_IGNORED_ONLY));
			candidates = candidates.stream().filter(u -> IgnoredTests.isIgnored(u.descriptor())).toList();
		}
		if (partition.isPresent()) {
			// A partition deals the tests that would run, as nextest's does: after filters.
			Selection<ForkUnit> selection = partition.get().select(candidates, stableName(partition.get()), unit -> "");
			selection.excluded().forEach(u -> skipped.put(u, selection.reason()));
		}
		return skipped;
	}
}
