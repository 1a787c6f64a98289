package dev.solo.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.solo.engine.artifacts.ArtifactFolders;
import dev.solo.engine.cancel.CancellationWatch;
import dev.solo.engine.config.Settings;
import dev.solo.engine.config.SettingsException;
import dev.solo.engine.discovery.DelegatingDiscovery;
import dev.solo.engine.discovery.DiscoveryScope;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.SoloIds;
import dev.solo.engine.discovery.UnitFilter;
import dev.solo.engine.events.EventBus;
import dev.solo.engine.events.NotRun;
import dev.solo.engine.events.RunEventSink;
import dev.solo.engine.filter.TestFacts;
import dev.solo.engine.fork.JvmCommand;
import dev.solo.engine.memory.MemoryPlan;
import dev.solo.engine.module.ModuleDescriptor;
import dev.solo.engine.module.ModuleDiscovery;
import dev.solo.engine.module.ModulePlacements;
import dev.solo.engine.module.ModuleSelector;
import dev.solo.engine.module.ModulesClassLoader;
import dev.solo.engine.plan.DebuggedTests;
import dev.solo.engine.plan.Filters;
import dev.solo.engine.plan.RunPlan;
import dev.solo.engine.plan.ProcessWrappers;
import dev.solo.engine.plan.RunPlanner;
import dev.solo.engine.plan.StressRun;
import dev.solo.engine.plan.TracedTests;
import dev.solo.engine.policy.Policies;
import dev.solo.engine.policy.SkippedUnits;
import dev.solo.engine.record.RerunBase;
import dev.solo.engine.scheduler.DurationHistory;
import dev.solo.engine.scheduler.Placement;
import dev.solo.engine.scheduler.RunContext;
import dev.solo.engine.scheduler.Scheduler;
import dev.solo.engine.events.ScriptOutcome;
import dev.solo.engine.scripts.ScriptRules;
import dev.solo.engine.scripts.SetupScriptFailedException;
import dev.solo.engine.scripts.SetupScripts;
import dev.solo.engine.store.RecordedDurations;
import dev.solo.engine.store.RecordedPeaks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.apiguardian.api.API;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/**
 * The Solo engine (id {@code solo}): discovers through every other engine, then runs each
 * test in its own child JVM and reports it to the host as if it had run in-process.
 * Inert unless {@code solo.enabled=true}, inside a child JVM, and when reached again while
 * delegating (for example through the suite engine).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SoloTestEngine implements TestEngine {
	/** Set on every child JVM's command line; its presence means "this is a child". */
	static final String CHILD_MARKER = "solo.execution.mode";

	@Override
	public String getId() {
		return SoloIds.ENGINE_ID;
	}

	@Override
	public Optional<String> getGroupId() {
		return Optional.of("dev.solo");
	}

	@Override
	public Optional<String> getArtifactId() {
		return Optional.of("solo-engine");
	}

	@Override
	public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
		if (isChild() || DiscoveryScope.current().delegating()
				|| !Settings.isEnabled(request.getConfigurationParameters())) {
			return new EngineDescriptor(uniqueId, "Solo");
		}
		SoloEngineDescriptor root;
		Optional<Predicate<TestFacts>> filter;
		try {
			// All read now, so a bad override, filterset or partition fails discovery, not a test.
			Settings settings = Settings.from(request.getConfigurationParameters());
			Path workingDirectory = Settings.workingDirectory(request.getConfigurationParameters());
			Optional<RerunBase> rerun = RerunBase.resolve(settings);
			root = new SoloEngineDescriptor(uniqueId, settings,
					Policies.of(settings, request.getConfigurationParameters(), workingDirectory),
					SkippedUnits.partition(settings, System.getenv(), rerun), rerun);
			filter = Filters.of(settings, root.rerun());
			StressRun.of(request.getConfigurationParameters());
			root.scripts(ScriptRules.of(settings.profile(), workingDirectory));
		}
		catch (SettingsException e) {
			// Failing discovery fails the build before anything runs; the other engines' in-process
			// twins must then stay hidden, or their tests would run in the host instead.
			DelegatingDiscovery.adoptAll(request);
			// Hosts show an engine's discovery failure by its outer message (Surefire: "failed to
			// discover tests", the cause only in a dump file): the place must reach the console.
			// A host that reports for itself (the solo CLI, host-output=false) prints it once, itself.
			if (request.getConfigurationParameters().getBoolean(Settings.PREFIX + "host-output").orElse(true)) {
				System.err.println("solo: " + e.getMessage());
			}
			throw e;
		}
		List<ModuleSelector> modules = request.getSelectorsByType(ModuleSelector.class);
		if (modules.isEmpty()) {
			DelegatingDiscovery.discoverInto(root, request);
		}
		else {
			root.classPathModule(ModuleDiscovery.discoverInto(root, request, modules));
		}
		filter.ifPresent(f -> UnitFilter.apply(root, f));
		return root;
	}

	static boolean isChild() {
		return System.getProperty(CHILD_MARKER) != null;
	}

	@Override
	public void execute(ExecutionRequest request) {
		TestDescriptor root = request.getRootTestDescriptor();
		EngineExecutionListener listener = request.getEngineExecutionListener();
		listener.executionStarted(root);
		if (root.getChildren().isEmpty()) {
			listener.executionFinished(root, TestExecutionResult.successful());
			return;
		}
		try {
			if (!(root instanceof SoloEngineDescriptor solo)) {
				throw new IllegalStateException("solo: asked to execute a tree it did not discover: " + root);
			}
			Settings settings = solo.settings();
			Policies policies = solo.policies();
			List<ForkUnit> collected = ForkUnit.collect(root, policies::isolationOf);
			Function<String, OptionalLong> recorded = RecordedDurations.of(settings,
					collected.stream().map(unit -> unit.descriptor().getUniqueId().toString()).toList());
			// One lookup for the order of the run and for each JVM's compilers.
			Function<ForkUnit, OptionalLong> lastDurations =
					unit -> recorded.apply(unit.descriptor().getUniqueId().toString());
			List<ForkUnit> units = DurationHistory.longestFirst(collected, lastDurations);
			List<RunEventSink> sinks = RunSinks.of(solo, listener, request.getConfigurationParameters());
			Optional<ScriptOutcome> failedSetup = run(request, solo, units, sinks, lastDurations);
			listener.executionFinished(root, failedSetup.map(SetupScriptFailedException::new)
					.map(TestExecutionResult::failed).orElseGet(TestExecutionResult::successful));
		}
		catch (SettingsException e) {
			listener.executionFinished(root, TestExecutionResult.failed(e));
		}
		catch (IOException e) {
			listener.executionFinished(root, TestExecutionResult.failed(
					new IllegalStateException("solo: cannot prepare test JVMs: " + e.getMessage(), e)));
		}
	}

	private static Optional<ScriptOutcome> run(ExecutionRequest request, SoloEngineDescriptor solo, List<ForkUnit> units,
			List<RunEventSink> sinks, Function<ForkUnit, OptionalLong> lastDurations) throws IOException {
		Settings settings = solo.settings();
		SoloSession session = SoloSession.currentOrTransient();
		Path workDir = Files.createTempDirectory("solo-run-");
		ClassLoader previousLoader = Thread.currentThread().getContextClassLoader();
		ClassLoader loader = Optional.ofNullable(previousLoader).orElse(SoloTestEngine.class.getClassLoader());
		JvmCommand.Tuning tuning = new JvmCommand.Tuning(settings.fastStart(), settings.classDataSharing(),
				settings.jvmArgs(), settings.debugger());
		boolean modular = solo.classPathModule().isPresent()
				|| solo.getChildren().stream().anyMatch(ModuleDescriptor.class::isInstance);
		JvmCommand command = null;
		try {
			// A run over modules starts no JVM like the host's: each module has its own command line.
			command = modular ? null : JvmCommand.ofCurrentJvm(loader, workDir, tuning);
			return run(request, solo, units, sinks, session, workDir, tuning, command, lastDurations);
		}
		finally {
			if (command != null) {
				command.close();
			}
			Thread.currentThread().setContextClassLoader(previousLoader);
			session.closeIfTransient();
			deleteRecursively(workDir);
		}
	}

	/** Runs the units; the setup script that failed, if one did. */
	private static Optional<ScriptOutcome> run(ExecutionRequest request, SoloEngineDescriptor solo, List<ForkUnit> units,
			List<RunEventSink> sinks, SoloSession session, Path workDir, JvmCommand.Tuning tuning, JvmCommand command,
			Function<ForkUnit, OptionalLong> lastDurations) throws IOException {
		Settings settings = solo.settings();
		Policies policies = solo.policies();
		boolean modular = command == null;
		ClassLoader loader = Thread.currentThread().getContextClassLoader();
		Placement hostPlacement = new Placement(command,
				Settings.workingDirectory(request.getConfigurationParameters()), Map.of(), Map.of());
		ArtifactFolders artifacts = ArtifactFolders.create();
		try (ModulePlacements modules = ModulePlacements.of(solo, solo.classPathModule(), workDir, tuning, hostPlacement)) {
			Thread.currentThread().setContextClassLoader(ModulesClassLoader.of(solo, solo.classPathModule(), loader));
			List<JvmCommand> commands = modular ? modules.commands() : List.of(command);
			for (Map.Entry<String, List<String>> added : policies.addedJvmArgs().entrySet()) {
				for (JvmCommand each : commands) {
					each.check(added.getValue(), added.getKey());
				}
			}
			RunPlan plan = RunPlanner.plan(settings, policies, units, solo.partition(), solo.rerun());
			List<NotRun> skipped = new ArrayList<>();
			List<ForkUnit> selected = plan.split(units, skipped);
			Optional<StressRun.Plan> stress = StressRun.of(request.getConfigurationParameters()).map(run -> {
				run.check(settings);
				return run.begin(selected, settings.testThreads());
			});
			List<ForkUnit> toRun = stress.map(StressRun.Plan::first).orElse(selected);
			String runId = UUID.randomUUID().toString();
			EventBus events = new EventBus(sinks);
			SetupScripts scripts = new SetupScripts(solo.scripts(), toRun, events, runId,
					scriptVariables(runId, settings), System.err,
					unit -> modules.placement(unit).command());
			RunContext context = new RunContext(runId, settings,
					configuration(request.getConfigurationParameters(), settings, solo.rerun()), settings.workspaceRoot().toString(),
					command, session.forkServer(), events, System.out, System.err, scripts.withExports(policies.runs()),
					modules::placement, lastDurations, artifacts, ProcessWrappers.prepare(selected, policies, System.err));
			DebuggedTests.begin(settings, toRun.size(), System.err);
			TracedTests.begin(settings, toRun.size());
			Scheduler scheduler = new Scheduler(context, plan.scheduling(), scripts, MemoryPlan.of(settings,
					unit -> policies.of(unit).run().settings(), () -> learnedPeaks(settings, toRun)));
			stress.ifPresent(run -> scheduler.continueWith(run.more()));
			session.running(scheduler);
			try (CancellationWatch watch = CancellationWatch.start(request, scheduler, settings.globalTimeout())) {
				scheduler.run(toRun, skipped, solo.rerun().map(base -> base.rerunOver(units)));
			}
			finally {
				session.finished(scheduler);
			}
			return scripts.failure();
		}
		finally {
			artifacts.close();
		}
	}

	/** Each unit's peak as the record last measured it: what a unit with no {@code memory} of its own is expected to take. */
	private static Function<ForkUnit, OptionalLong> learnedPeaks(Settings settings, List<ForkUnit> units) {
		Function<String, OptionalLong> recorded = RecordedPeaks.of(settings,
				units.stream().map(unit -> unit.descriptor().getUniqueId().toString()).toList());
		return unit -> recorded.apply(unit.descriptor().getUniqueId().toString());
	}

	/** What a setup or teardown script sees of the run, as a test sees it (PRODUCT.md). */
	private static Map<String, String> scriptVariables(String runId, Settings settings) {
		Map<String, String> variables = new LinkedHashMap<>();
		variables.put("SOLO", "1");
		variables.put("SOLO_RUN_ID", runId);
		variables.put("SOLO_PROFILE", settings.profile());
		variables.put("SOLO_WORKSPACE_ROOT", settings.workspaceRoot().toString());
		return variables;
	}

	private static Map<String, String> configuration(ConfigurationParameters parameters, Settings settings,
			Optional<RerunBase> rerun) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String key : parameters.keySet()) {
			parameters.get(key).ifPresent(value -> values.put(key, value));
		}
		// The host's own: whose sinks hear the run, and where it works from; a test JVM has its own folder.
		values.remove(SoloRunListeners.PARAMETER);
		values.remove(Settings.WORKING_DIRECTORY);
		if (rerun.map(base -> base.runIgnored(settings.runIgnored())).orElse(settings.runIgnored())
				!= Settings.RunIgnored.DEFAULT) {
			// Jupiter's own switch for running what @Disabled holds back; JUnit 4's @Ignore has none.
			values.put("junit.jupiter.conditions.deactivate", "org.junit.*DisabledCondition");
		}
		return values;
	}

	private static void deleteRecursively(Path dir) {
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException e) {
			// a temp folder left behind is harmless
		}
	}

	static Duration shutdownGrace() {
		return Duration.ofSeconds(2);
	}
}
