package dev.solo.engine.policy;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.config.Isolation;
import dev.solo.engine.config.ProfileOverride;
import dev.solo.engine.config.Settings;
import dev.solo.engine.config.SettingsException;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.MirrorDescriptor;
import dev.solo.engine.discovery.UnitFilter;
import dev.solo.engine.filter.Filterset;
import dev.solo.engine.filter.FiltersetException;
import dev.solo.engine.scheduler.Scheduling;
import dev.solo.engine.scheduler.UnitPolicy;
import dev.solo.engine.scheduler.UnitRun;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apiguardian.api.API;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.TestDescriptor;

/**
 * nextest's per-test overrides: each unit gets the first override whose filter matches it
 * (the selected profile's before those it inherits, before {@code default}'s), and with it
 * that override's settings between the parameters and the profile. Every override's filter is
 * parsed and its settings read once, up front, so a bad one fails the run before any test.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class Policies {
	private final Settings base;
	private final List<Compiled> overrides;
	private final Map<TestDescriptor, TestPolicy> cache = new ConcurrentHashMap<>();

	private record Compiled(ProfileOverride override, Filterset filter, Settings settings, UnitPolicy scheduling) {
	}

	private Policies(Settings base, List<Compiled> overrides) {
		this.base = base;
		this.overrides = overrides;
	}

	/** Reads every override of {@code base}'s profile; a bad filter or value is a {@link SettingsException} at its place. */
	public static Policies of(Settings base, ConfigurationParameters parameters, Path workingDirectory) {
		List<Compiled> compiled = new ArrayList<>();
		for (ProfileOverride override : base.overrides()) {
			Filterset filter;
			try {
				filter = Filterset.parse(override.filter());
			}
			catch (FiltersetException e) {
				throw SettingsException.located(override.where(), "filter", e.getMessage());
			}
			Settings settings = Settings.from(parameters, workingDirectory, Optional.of(override));
			compiled.add(new Compiled(override, filter, settings, scheduling(settings, base, override.where())));
		}
		return new Policies(base, compiled);
	}

	/** The effective configuration of {@code unit}. */
	public TestPolicy of(ForkUnit unit) {
		return cache.computeIfAbsent(unit.descriptor(), d -> resolve(unit.descriptor()));
	}

	/** What the scheduler needs: each unit's group, threads and priority, and the groups' limits. */
	public Scheduling scheduling() {
		Map<String, Integer> limits = new LinkedHashMap<>();
		base.testGroups().forEach((name, group) -> limits.put(name, group.maxThreads()));
		return new Scheduling(unit -> of(unit).scheduling(), limits);
	}

	/** The JVM options each override adds, by where it was written: to be tried before the run. */
	public Map<String, List<String>> addedJvmArgs() {
		Map<String, List<String>> added = new LinkedHashMap<>();
		for (Compiled c : overrides) {
			if (c.override().settings().containsKey("jvm-args")) {
				added.put(c.override().where() + ": jvm-args", c.settings().jvmArgs());
			}
		}
		return added;
	}

	public Function<ForkUnit, UnitRun> runs() {
		return unit -> of(unit).run();
	}

	/** How a top-level class runs: whole in one JVM if the run says so, or an override matching one of its tests does. */
	public Isolation isolationOf(TestDescriptor topLevelClass) {
		if (base.isolation() == Isolation.CLASS) {
			return Isolation.CLASS;
		}
		for (MirrorDescriptor leaf : leaves(topLevelClass)) {
			Optional<Compiled> match = first(List.of(leaf));
			if (match.isPresent() && match.get().settings().isolation() == Isolation.CLASS) {
				return Isolation.CLASS;
			}
		}
		return Isolation.TEST;
	}

	private TestPolicy resolve(MirrorDescriptor unit) {
		Optional<Compiled> match = first(leaves(unit));
		if (match.isEmpty()) {
			return new TestPolicy(base.profile(), Optional.empty(), UnitPolicy.DEFAULT, UnitRun.of(base));
		}
		Compiled c = match.get();
		boolean ownJvmArgs = c.override().settings().containsKey("jvm-args");
		return new TestPolicy(base.profile(), Optional.of(c.override()), c.scheduling(),
				new UnitRun(c.settings(), ownJvmArgs ? c.settings().jvmArgs() : List.of(), c.settings().env()));
	}

	/** The first override that matches any of the tests (a unit holding several matches if one of them does). */
	private Optional<Compiled> first(List<MirrorDescriptor> tests) {
		for (Compiled c : overrides) {
			for (MirrorDescriptor test : tests) {
				if (c.filter().matches(UnitFilter.facts(test))) {
					return Optional.of(c);
				}
			}
		}
		return Optional.empty();
	}

	private static UnitPolicy scheduling(Settings settings, Settings base, String where) {
		String group = settings.testGroup().orElse(UnitPolicy.GLOBAL_GROUP);
		if (!group.equals(UnitPolicy.GLOBAL_GROUP) && !base.testGroups().containsKey(group)) {
			throw SettingsException.located(where, "test-group", "unknown test group \"" + group + "\"; "
					+ (base.testGroups().isEmpty() ? "no [test-groups] are defined"
							: "defined: " + String.join(", ", base.testGroups().keySet())));
		}
		int threads = settings.threadsRequired().map(t -> threadsRequired(t, where)).orElse(1);
		if (settings.priority() < -100 || settings.priority() > 100) {
			throw SettingsException.located(where, "priority", "expected -100 to 100, found " + settings.priority());
		}
		return new UnitPolicy(group, threads, settings.priority());
	}

	private static int threadsRequired(String text, String where) {
		if (text.equals("num-test-threads")) {
			return UnitPolicy.ALL_THREADS;
		}
		try {
			int n = Integer.parseInt(text.trim());
			if (n >= 1) {
				return n;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		throw SettingsException.located(where, "threads-required",
				"expected a positive integer or \"num-test-threads\", found \"" + text + "\"");
	}

	private static List<MirrorDescriptor> leaves(TestDescriptor node) {
		List<MirrorDescriptor> leaves = new ArrayList<>();
		collect(node, leaves);
		return leaves;
	}

	private static void collect(TestDescriptor node, List<MirrorDescriptor> leaves) {
		if (node instanceof MirrorDescriptor mirror && (node.isTest() || node.getChildren().isEmpty())) {
			leaves.add(mirror);
			return;
		}
		node.getChildren().forEach(child -> collect(child, leaves));
	}
}
