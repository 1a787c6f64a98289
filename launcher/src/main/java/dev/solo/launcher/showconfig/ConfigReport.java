package dev.solo.launcher.showconfig;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.SoloEngineDescriptor;
import dev.solo.engine.config.ProfileOverride;
import dev.solo.engine.config.ScriptDefinition;
import dev.solo.engine.config.SettingOrigins.Origin;
import dev.solo.engine.config.SettingOrigins;
import dev.solo.engine.config.Settings;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.policy.Policies;
import dev.solo.engine.policy.SkippedUnits;
import dev.solo.engine.policy.TestPolicy;
import dev.solo.engine.scripts.ScriptRules;
import dev.solo.launcher.ExitCodes;
import dev.solo.launcher.listing.TestListing;
import dev.solo.launcher.project.PlatformSession;
import dev.solo.launcher.project.Selection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.platform.engine.ConfigurationParameters;

import org.apiguardian.api.API;

/**
 * What {@code solo show-config} shows, as data: the effective profile's every setting with its
 * value and where that came from, the test groups with the tests in each, and each per-test
 * override with the tests it applies to (the first override that matches a test is the one), and
 * each setup script with the tests that need it.
 * Built from what discovery read, so it is what {@code solo run} with the same arguments uses.
 */
@API(status = INTERNAL, since = "0.1")
public record ConfigReport(String profile, Source profileSource, Optional<String> configFile, Path workspaceRoot,
		List<Setting> settings, List<Group> groups, List<Override> overrides, List<Test> unmatched,
		List<SetupScript> setupScripts) {

	/**
	 * Where a value comes from.
	 *
	 * @param kind {@code default}, {@code profile}, {@code cli} (a flag or {@code --config}),
	 *        {@code system-property} ({@code -D}) or {@code properties-file} ({@code junit-platform.properties})
	 * @param where the flag or parameter ({@code --config solo.retries}), or the file and line; empty for a default
	 */
	record Source(String kind, String where, Optional<String> profile) {
		/** How a person reads it: {@code default}, {@code profile ci (.config/solo.toml:3)}, {@code -P}. */
		String label() {
			return switch (kind) {
				case "default" -> "default";
				case "profile" -> "profile " + profile.orElse("?") + " (" + where + ")";
				default -> where;
			};
		}
	}

	record Setting(String key, String value, Source source) {
	}

	/** A unit as {@code run} plans it; {@code skipped} when outside the partition or held back by {@code --run-ignored}. */
	record Test(String name, boolean skipped) {
	}

	record Group(String name, int maxThreads, String where, List<Test> tests) {
	}

	record Override(String profile, String where, String filter, Map<String, String> settings, List<Test> tests) {
	}

	/** A {@code [scripts.setup.NAME]} and the tests that need it: it runs before the first of them, if any. */
	record SetupScript(String name, String where, List<String> command, Optional<String> teardown, List<Test> tests) {
	}

	/**
	 * Discovers as {@code solo list} does and reads the configuration the run would use. Not in
	 * the command: picocli reads a command's method signatures, lambdas included, before the
	 * Platform may be loaded.
	 */
	public static Discovered discover(Selection selection, Map<String, String> parameters, Path here)
			throws Exception {
		AtomicReference<SoloEngineDescriptor> root = new AtomicReference<>();
		AtomicReference<ConfigReport> report = new AtomicReference<>();
		int exitCode = PlatformSession.use(selection, parameters, List.of(TestListing.soloRoot(root)),
				(launcher, request, failures) -> {
					launcher.discover(request);
					if (root.get() != null && !failures.any()) {
						report.set(of(root.get(), request.getConfigurationParameters(), parameters, selection, here));
					}
				});
		return new Discovered(exitCode, exitCode == ExitCodes.OK ? Optional.ofNullable(report.get()) : Optional.empty());
	}

	/**
	 * {@link ExitCodes#OK} or an engine's failure, and the configuration read; none when no Solo
	 * engine was there to read it.
	 */
	public record Discovered(int exitCode, Optional<ConfigReport> report) {
	}

	/**
	 * @param cli the parameters the command line set itself, flags and {@code --config} alike
	 * @param selection the options they came from, to name each one's flag
	 */
	static ConfigReport of(SoloEngineDescriptor root, ConfigurationParameters parameters, Map<String, String> cli,
			Selection selection, Path workingDirectory) {
		Settings settings = root.settings();
		Policies policies = root.policies();
		List<ForkUnit> units = new ArrayList<>(ForkUnit.collect(root, policies::isolationOf));
		units.sort(Comparator.comparing(ForkUnit::name));
		Map<ForkUnit, String> skipped = SkippedUnits.of(settings, units, root.partition());

		Map<String, String> values = EffectiveValues.of(settings);
		List<Setting> rows = new ArrayList<>();
		for (Origin origin : SettingOrigins.of(parameters, workingDirectory, settings.profile())) {
			String value = values.getOrDefault(origin.key(),
					origin.text().orElse(EffectiveValues.whenNotSet(origin.key())));
			rows.add(new Setting(origin.key(), value, source(origin, cli, selection)));
		}

		Map<String, List<Test>> byGroup = new LinkedHashMap<>();
		Map<ProfileOverride, List<Test>> byOverride = new LinkedHashMap<>();
		settings.overrides().forEach(o -> byOverride.put(o, new ArrayList<>()));
		List<Test> unmatched = new ArrayList<>();
		for (ForkUnit unit : units) {
			Test test = new Test(unit.name(), skipped.containsKey(unit));
			TestPolicy policy = policies.of(unit);
			byGroup.computeIfAbsent(policy.scheduling().testGroup(), g -> new ArrayList<>()).add(test);
			policy.override().ifPresentOrElse(o -> byOverride.get(o).add(test), () -> unmatched.add(test));
		}
		List<Group> groups = settings.testGroups().values().stream()
				.map(g -> new Group(g.name(), g.maxThreads(), g.where(), byGroup.getOrDefault(g.name(), List.of())))
				.toList();
		List<Override> overrides = byOverride.entrySet().stream().map(e -> override(e.getKey(), e.getValue())).toList();
		Optional<String> configFile = workspaceRootHoldsConfig(settings.workspaceRoot())
				? Optional.of(shown(settings.workspaceRoot().resolve(".config").resolve("solo.toml"), workingDirectory))
				: Optional.empty();
		return new ConfigReport(settings.profile(), profileSource(parameters, cli, selection), configFile,
				settings.workspaceRoot(), rows, groups, overrides, unmatched, setupScripts(root.scripts(), units, skipped));
	}

	private static List<SetupScript> setupScripts(ScriptRules rules, List<ForkUnit> units, Map<ForkUnit, String> skipped) {
		Map<String, List<Test>> byScript = new TreeMap<>();
		rules.scripts().setup().keySet().forEach(name -> byScript.put(name, new ArrayList<>()));
		for (ForkUnit unit : units) {
			for (String name : rules.setupsOf(unit)) {
				byScript.get(name).add(new Test(unit.name(), skipped.containsKey(unit)));
			}
		}
		List<SetupScript> scripts = new ArrayList<>();
		byScript.forEach((name, tests) -> {
			ScriptDefinition script = rules.scripts().setup().get(name);
			scripts.add(new SetupScript(name, script.where(), script.shownCommand(), script.teardown(), tests));
		});
		return scripts;
	}

	private static Override override(ProfileOverride override, List<Test> tests) {
		Map<String, String> set = new TreeMap<>(); // by key: the parser keeps no order
		override.settings().forEach((key, value) -> set.put(key, value.text()));
		return new Override(override.profile(), override.where(), override.filter(), set, tests);
	}

	private static Source source(Origin origin, Map<String, String> cli, Selection selection) {
		return switch (origin.kind()) {
			case DEFAULT -> new Source("default", "", Optional.empty());
			case PROFILE -> new Source("profile", origin.where(), origin.profile());
			case PARAMETER -> parameter(origin.where(), cli, selection);
		};
	}

	/** {@code solo.profile}'s own source: it picks the profile, so no profile can set it. */
	private static Source profileSource(ConfigurationParameters parameters, Map<String, String> cli,
			Selection selection) {
		String key = Settings.PREFIX + "profile";
		return parameters.get(key).isPresent() ? parameter(key, cli, selection)
				: new Source("default", "", Optional.empty());
	}

	/** A {@code solo.*} parameter, by who set it: a flag, {@code --config}, {@code -D}, else {@code junit-platform.properties}. */
	private static Source parameter(String name, Map<String, String> cli, Selection selection) {
		if (selection.configured(name)) {
			return new Source("cli", "--config " + name, Optional.empty());
		}
		if (cli.containsKey(name)) {
			String flag = switch (name) {
				case "solo.profile" -> "-P";
				case "solo.partition" -> "--partition";
				case "solo.run-ignored" -> "--run-ignored";
				case "solo.filter" -> "-E / name filters";
				default -> "solo (the command line sets it)";
			};
			return new Source("cli", flag, Optional.empty());
		}
		if (System.getProperty(name) != null) {
			return new Source("system-property", "-D" + name, Optional.empty());
		}
		return new Source("properties-file", "junit-platform.properties", Optional.empty());
	}

	private static boolean workspaceRootHoldsConfig(Path root) {
		return Files.isRegularFile(root.resolve(".config").resolve("solo.toml"));
	}

	private static String shown(Path file, Path workingDirectory) {
		Path here = workingDirectory.toAbsolutePath().normalize();
		return file.startsWith(here) ? here.relativize(file).toString() : file.toString();
	}
}
