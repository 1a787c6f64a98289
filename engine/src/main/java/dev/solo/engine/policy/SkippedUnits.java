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
 * {@code solo.run-ignored=only} those not ignored, with {@code solo.rerun} those that already passed, and
 * those outside the partition. One rule
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
				return Optional.of(parse(settings.partition().get(), settings));
			}
			return Partition.fromBazel(environment);
		}
		catch (PartitionException e) {
			throw SettingsException.located("", settings.partition().isPresent() ? "solo.partition" : "sharding",
					e.getMessage());
		}
	}

	/**
	 * The same for a run that may be a rerun: where the run names no partition of its own, the one
	 * its chain started with, so that the tests of the other shards stay the other shards' and
	 * are not taken for new ones.
	 */
	public static Optional<Partition> partition(Settings settings, Map<String, String> environment,
			Optional<RerunBase> rerun) {
		Optional<Partition> own = partition(settings, environment);
		Optional<String> chain = rerun.flatMap(base -> base.selection().partition());
		if (own.isPresent() || chain.isEmpty()) {
			return own;
		}
		try {
			return Optional.of(parse(chain.get(), settings));
		}
		catch (PartitionException e) {
			throw SettingsException.located("", "solo.rerun", "cannot rerun: the partition its run recorded, "
					+ chain.get() + ", does not read: " + e.getMessage());
		}
	}

	/** {@code spec} read; a duration partition with the durations it balances by. */
	private static Partition parse(String spec, Settings settings) {
		Partition partition = Partition.parse(spec);
		if (!partition.kind().equals(DURATION)) {
			return partition;
		}
		Map<String, Long> durations = durations(settings);
		return Partition.parse(spec,
				id -> durations.containsKey(id) ? OptionalLong.of(durations.get(id)) : OptionalLong.empty());
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

	/**
	 * The same, for a rerun of {@code rerun}: what already passed there is skipped first. The
	 * chain's own partition is dealt as its first run dealt it, over the tests it would run before
	 * any passed, so that a shard's rerun stays that shard; a partition new to the rerun deals the
	 * tests the rerun would run.
	 */
	public static Map<ForkUnit, String> of(Settings settings, List<ForkUnit> units, Optional<Partition> partition,
			Optional<RerunBase> rerun) {
		Map<ForkUnit, String> skipped = new IdentityHashMap<>();
		List<ForkUnit> candidates = units;
		Settings.RunIgnored runIgnored = rerun.map(base -> base.runIgnored(settings.runIgnored()))
				.orElse(settings.runIgnored());
		if (runIgnored == Settings.RunIgnored.ONLY) {
			candidates.stream().filter(u -> !IgnoredTests.isIgnored(u.descriptor()))
					.forEach(u -> skipped.put(u, RUN_IGNORED_ONLY));
			candidates = candidates.stream().filter(u -> IgnoredTests.isIgnored(u.descriptor())).toList();
		}
		boolean chainsPartition = partition.isPresent() && rerun.flatMap(base -> base.selection().partition())
				.filter(partition.get().spec()::equals).isPresent();
		if (chainsPartition) {
			candidates = dealt(partition.get(), candidates, skipped);
		}
		if (rerun.isPresent()) {
			List<ForkUnit> notPassed = new ArrayList<>();
			for (ForkUnit unit : candidates) {
				Optional<String> reason = rerun.get().skipReason(unit);
				if (reason.isPresent()) {
					skipped.put(unit, reason.get());
				}
				else {
					notPassed.add(unit);
				}
			}
			candidates = notPassed;
		}
		if (partition.isPresent() && !chainsPartition) {
			// A partition deals the tests that would run, as nextest's does: after filters.
			dealt(partition.get(), candidates, skipped);
		}
		return skipped;
	}

	/** The units of {@code candidates} in {@code partition}'s shard; the others go to {@code skipped}. */
	private static List<ForkUnit> dealt(Partition partition, List<ForkUnit> candidates, Map<ForkUnit, String> skipped) {
		Selection<ForkUnit> selection = partition.select(candidates, stableName(partition), unit -> "");
		selection.excluded().forEach(u -> skipped.put(u, selection.reason()));
		return selection.included();
	}
}
