package dev.solo.launcher;

import dev.solo.engine.config.Settings;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.IgnoredTests;
import dev.solo.engine.discovery.UnitFilter;
import dev.solo.engine.filter.TestFacts;
import dev.solo.engine.partition.Partition;
import dev.solo.engine.partition.Selection;
import dev.solo.engine.policy.Policies;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;

/**
 * What {@code solo run} would make of a discovered Solo tree, without running it: its units
 * (a test, or a parameterized or dynamic container, or a class that runs whole), each with
 * the reason it would be skipped, if any.
 *
 * <p>The skipping mirrors the engine's {@code RunPlanner}, which is package-private there:
 * {@code solo.run-ignored=only} skips what is not ignored, then the partition deals the rest by
 * {@link ForkUnit#name()}. Filters need no mirror: what they do not match is not in the tree.
 */
final class TestListing {
	static final String RUN_IGNORED_ONLY = "not ignored, and solo.run-ignored=only";

	/** One unit of the run as {@code list} shows it; {@code skipReason} is empty for a unit that would run. */
	record Entry(String className, String methodName, String name, String displayName, String uniqueId,
			Set<String> tags, Optional<TestSource> source, String engine, boolean container, boolean ignored,
			Optional<String> skipReason) {

		boolean runs() {
			return skipReason.isEmpty();
		}

		/** The name under its class, as nextest lists a test under its binary: {@code first()}. */
		String shortName() {
			if (name.startsWith(className + "#")) {
				return name.substring(className.length() + 1);
			}
			return name.equals(className) ? "(the whole class, in one JVM)" : name;
		}
	}

	private TestListing() {
	}

	/**
	 * The units under {@code root}, read with the settings the engine read, sorted by class and
	 * name as nextest sorts its list: discovery order is the engine's business and may change.
	 */
	static List<Entry> of(TestDescriptor root, ConfigurationParameters parameters) {
		Settings settings = Settings.from(parameters);
		Policies policies = Policies.of(settings, parameters, Path.of(System.getProperty("user.dir")));
		List<ForkUnit> units = ForkUnit.collect(root, policies::isolationOf);
		Map<ForkUnit, String> skipped = skipped(settings, units);
		return units.stream().map(unit -> entry(unit, Optional.ofNullable(skipped.get(unit))))
				.sorted(Comparator.comparing(Entry::className).thenComparing(Entry::name)).toList();
	}

	private static Map<ForkUnit, String> skipped(Settings settings, List<ForkUnit> units) {
		Map<ForkUnit, String> skipped = new IdentityHashMap<>();
		List<ForkUnit> candidates = units;
		if (settings.runIgnored() == Settings.RunIgnored.ONLY) {
			candidates = units.stream().filter(u -> IgnoredTests.isIgnored(u.descriptor())).toList();
			units.stream().filter(u -> !IgnoredTests.isIgnored(u.descriptor()))
					.forEach(u -> skipped.put(u, RUN_IGNORED_ONLY));
		}
		Optional<Partition> partition = partition(settings);
		if (partition.isPresent()) {
			Selection<ForkUnit> selection = partition.get().select(candidates, ForkUnit::name, unit -> "");
			selection.excluded().forEach(u -> skipped.put(u, selection.reason()));
		}
		return skipped;
	}

	/** Discovery has already checked the partition, so a bad one cannot reach this. */
	private static Optional<Partition> partition(Settings settings) {
		if (settings.partition().isPresent()) {
			return Optional.of(Partition.parse(settings.partition().get()));
		}
		return Partition.fromBazel(System.getenv());
	}

	private static Entry entry(ForkUnit unit, Optional<String> skipReason) {
		TestFacts facts = UnitFilter.facts(unit.descriptor());
		TestDescriptor descriptor = unit.descriptor();
		return new Entry(facts.className(), facts.methodName(), unit.name(), descriptor.getDisplayName(),
				descriptor.getUniqueId().toString(), facts.tags(), descriptor.getSource(), facts.engineId(),
				!descriptor.isTest(), IgnoredTests.isIgnored(descriptor), skipReason);
	}
}
