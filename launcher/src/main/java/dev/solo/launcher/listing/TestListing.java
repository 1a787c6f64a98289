package dev.solo.launcher.listing;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.SoloEngineDescriptor;
import dev.solo.engine.config.Settings;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.IgnoredTests;
import dev.solo.engine.discovery.SoloIds;
import dev.solo.engine.discovery.UnitFilter;
import dev.solo.engine.filter.TestFacts;
import dev.solo.engine.policy.SkippedUnits;
import dev.solo.launcher.ExitCodes;
import dev.solo.launcher.project.PlatformSession;
import dev.solo.launcher.project.ProjectModules;
import dev.solo.launcher.project.Selection;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.platform.engine.FilterResult;
import org.junit.platform.launcher.PostDiscoveryFilter;

import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;

import org.apiguardian.api.API;

/**
 * What {@code solo run} would make of a discovered Solo tree, without running it: its units
 * (a test, or a parameterized or dynamic container, or a class that runs whole), each with
 * the reason it would be skipped, if any.
 *
 * <p>Skipping follows the engine's own rule ({@link SkippedUnits}); filters need nothing here:
 * what they do not match is not in the tree.
 */
@API(status = INTERNAL, since = "0.1")
public final class TestListing {
	/**
	 * One unit of the run as {@code list} shows it; {@code skipReason} is empty for a unit that would
	 * run; {@code setupScripts}, the setup scripts it needs ({@code [[profile.NAME.scripts]]}).
	 */
	public record Entry(String module, String className, String methodName, String name, String displayName, String uniqueId,
			Set<String> tags, Optional<TestSource> source, Optional<Path> sourceFile, String engine, boolean container, boolean ignored,
			Optional<String> skipReason, List<String> setupScripts) {

		public boolean runs() {
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
	static List<Entry> of(SoloEngineDescriptor root, ProjectModules modules) {
		List<ForkUnit> units = ForkUnit.collect(root, root.policies()::isolationOf);
		Map<ForkUnit, String> skipped = SkippedUnits.of(root.settings(), units, root.partition());
		return units.stream().map(unit -> entry(unit, Optional.ofNullable(skipped.get(unit)), modules,
				root.scripts().setupsOf(unit)))
				.sorted(Comparator.comparing(Entry::module).thenComparing(Entry::className).thenComparing(Entry::name))
				.toList();
	}

	private static Entry entry(ForkUnit unit, Optional<String> skipReason, ProjectModules modules,
			List<String> setupScripts) {
		TestFacts facts = UnitFilter.facts(unit.descriptor());
		TestDescriptor descriptor = unit.descriptor();
		String module = SoloIds.moduleOf(descriptor.getUniqueId()).orElse("");
		return new Entry(module, facts.className(), facts.methodName(), unit.name(), descriptor.getDisplayName(),
				descriptor.getUniqueId().toString(), facts.tags(), descriptor.getSource(),
				modules.sourceFile(module, facts.className()), facts.engineId(),
				!descriptor.isTest(), IgnoredTests.isIgnored(descriptor), skipReason, setupScripts);
	}

	/**
	 * What a listing's discovery found: {@link ExitCodes#OK} or an engine's failure, and when OK
	 * the entries and the settings the engine read while discovering.
	 */
	public record Discovered(int exitCode, List<Entry> entries, Optional<Settings> settings) {
	}

	/** Discovers what {@code solo run} with the same selection would run. */
	public static Discovered discover(Selection selection, Map<String, String> parameters) throws Exception {
		AtomicReference<SoloEngineDescriptor> root = new AtomicReference<>();
		AtomicReference<Discovered> found = new AtomicReference<>();
		int exitCode = PlatformSession.use(selection, parameters, List.of(soloRoot(root)),
				(launcher, request, failures) -> {
					launcher.discover(request);
					if (root.get() != null && !failures.any()) {
						found.set(new Discovered(ExitCodes.OK, of(root.get(), selection.modules()),
								Optional.of(root.get().settings())));
					}
				});
		return exitCode == ExitCodes.OK && found.get() != null ? found.get()
				: new Discovered(exitCode, List.of(), Optional.empty());
	}

	/**
	 * Keeps every test and remembers Solo's root: the test plan holds identifiers only, and
	 * listing needs the descriptors the engine plans its units from. Here, not in the command:
	 * picocli reads a command's method signatures before the Platform may be loaded (help).
	 */
	public static PostDiscoveryFilter soloRoot(AtomicReference<SoloEngineDescriptor> root) {
		return descriptor -> {
			if (descriptor instanceof SoloEngineDescriptor solo) {
				root.set(solo);
			}
			return FilterResult.included("listed");
		};
	}
}
