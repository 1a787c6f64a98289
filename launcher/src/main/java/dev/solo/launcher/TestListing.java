package dev.solo.launcher;

import dev.solo.engine.SoloEngineDescriptor;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.SoloIds;
import dev.solo.engine.discovery.IgnoredTests;
import dev.solo.engine.discovery.UnitFilter;
import dev.solo.engine.filter.TestFacts;
import dev.solo.engine.policy.SkippedUnits;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;

/**
 * What {@code solo run} would make of a discovered Solo tree, without running it: its units
 * (a test, or a parameterized or dynamic container, or a class that runs whole), each with
 * the reason it would be skipped, if any.
 *
 * <p>Skipping follows the engine's own rule ({@link SkippedUnits}); filters need nothing here:
 * what they do not match is not in the tree.
 */
final class TestListing {
	/** One unit of the run as {@code list} shows it; {@code skipReason} is empty for a unit that would run. */
	record Entry(String module, String className, String methodName, String name, String displayName, String uniqueId,
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
	 * The units under {@code root}, with the settings, overrides and partition the engine read
	 * while discovering them, sorted by module, class and name as nextest sorts its list: discovery
	 * order is the engine's business and may change.
	 */
	static List<Entry> of(SoloEngineDescriptor root) {
		List<ForkUnit> units = ForkUnit.collect(root, root.policies()::isolationOf);
		Map<ForkUnit, String> skipped = SkippedUnits.of(root.settings(), units, root.partition());
		return units.stream().map(unit -> entry(unit, Optional.ofNullable(skipped.get(unit))))
				.sorted(Comparator.comparing(Entry::module).thenComparing(Entry::className).thenComparing(Entry::name))
				.toList();
	}

	private static Entry entry(ForkUnit unit, Optional<String> skipReason) {
		TestFacts facts = UnitFilter.facts(unit.descriptor());
		TestDescriptor descriptor = unit.descriptor();
		return new Entry(SoloIds.moduleOf(descriptor.getUniqueId()).orElse(""), facts.className(), facts.methodName(), unit.name(), descriptor.getDisplayName(),
				descriptor.getUniqueId().toString(), facts.tags(), descriptor.getSource(), facts.engineId(),
				!descriptor.isTest(), IgnoredTests.isIgnored(descriptor), skipReason);
	}
}
