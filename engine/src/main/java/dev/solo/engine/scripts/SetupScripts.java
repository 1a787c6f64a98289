package dev.solo.engine.scripts;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.child.ChildMain;
import dev.solo.engine.config.ScriptDefinition;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.events.CapturedOutput;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunEventSink;
import dev.solo.engine.events.ScriptOutcome;
import dev.solo.engine.fork.JvmCommand;
import dev.solo.engine.scheduler.UnitGate;
import dev.solo.engine.scheduler.UnitRun;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.apiguardian.api.API;

/**
 * The setup scripts of one run. A setup runs once, on the thread of the first unit that needs
 * it, while the others that need it wait; it never runs when no unit of the run needs it. When
 * the last unit that needs it has ended (or at the run's end, however the run ends) its teardown
 * runs with what it exported, on a thread of its own, and then whatever it left running is
 * stopped with its process tree.
 */
@API(status = INTERNAL, since = "0.1")
public final class SetupScripts implements UnitGate {
	private final ScriptRules rules;
	private final RunEventSink events;
	private final String runId;
	private final Map<String, String> soloVariables;
	private final PrintStream err;
	private final Map<ForkUnit, List<String>> needs = new ConcurrentHashMap<>();
	private final Map<String, AtomicInteger> waiting = new ConcurrentHashMap<>();
	private final Map<String, CompletableFuture<ScriptProcess.Result>> setups = new ConcurrentHashMap<>();
	private final Map<String, CompletableFuture<Void>> teardowns = new ConcurrentHashMap<>();
	private final Map<String, JavaSetup> javaSetups = new ConcurrentHashMap<>();
	private final Function<ForkUnit, JvmCommand> commands;
	private final CompletableFuture<Void> cancelled = new CompletableFuture<>();
	private volatile Optional<ScriptOutcome> firstFailure = Optional.empty();

	/**
	 * @param units the units of the run: only their needs run
	 * @param soloVariables {@code SOLO_RUN_ID}, {@code SOLO_PROFILE}, {@code SOLO_WORKSPACE_ROOT}… for every script
	 * @param err where the output of a script that does not capture it goes
	 * @param commands the test JVMs' command line of each unit: a Java setup runs on that of the
	 *        first unit that needs it
	 */
	public SetupScripts(ScriptRules rules, List<ForkUnit> units, RunEventSink events, String runId,
			Map<String, String> soloVariables, PrintStream err, Function<ForkUnit, JvmCommand> commands) {
		this.commands = commands;
		this.rules = rules;
		this.events = events;
		this.runId = runId;
		this.soloVariables = Map.copyOf(soloVariables);
		this.err = err;
		added(units);
	}

	/** Units that join the run: what they need runs before them, and each setup's teardown waits for them too. */
	@Override
	public void added(List<ForkUnit> units) {
		for (ForkUnit unit : units) {
			List<String> setups = rules.setupsOf(unit);
			if (!setups.isEmpty()) {
				needs.put(unit, setups);
				setups.forEach(name -> waiting.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet());
			}
		}
	}

	/** The setups that will run if the run gets to them, by name: for show-config and tests. */
	public List<String> needed() {
		return List.copyOf(waiting.keySet());
	}

	/** {@code runs} with each unit's environment holding what its setups exported (above the profile's {@code env}). */
	public Function<ForkUnit, UnitRun> withExports(Function<ForkUnit, UnitRun> runs) {
		return unit -> {
			UnitRun run = runs.apply(unit);
			List<String> names = needs.getOrDefault(unit, List.of());
			if (names.isEmpty()) {
				return run;
			}
			Map<String, String> env = new LinkedHashMap<>(run.env());
			Set<String> properties = new LinkedHashSet<>();
			for (String name : names) {
				CompletableFuture<ScriptProcess.Result> setup = setups.get(name);
				if (setup != null && setup.isDone() && !setup.isCompletedExceptionally()
						&& setup.join().outcome().status() == ScriptOutcome.Status.PASSED) {
					env.putAll(setup.join().exported());
					if (javaSetups.containsKey(name) || rules.scripts().setup().get(name).systemProperties()) {
						// A Java setup's values are system properties too, as its Java users read them, and a
						// command's when it says so: set by the test's JVM from its environment, not as -D
						// (a value may be a secret).
						properties.addAll(setup.join().exported().keySet());
					}
				}
			}
			if (!properties.isEmpty()) {
				env.put(ChildMain.SETUP_PROPERTIES, String.join(",", properties));
			}
			return new UnitRun(run.settings(), run.jvmArgs(), env);
		};
	}

	/** The first setup that failed (not one the run's cancellation stopped). */
	public Optional<ScriptOutcome> failure() {
		return firstFailure;
	}

	@Override
	public boolean ready(ForkUnit unit) {
		for (String name : needs.getOrDefault(unit, List.of())) {
			CompletableFuture<ScriptProcess.Result> setup = setups.get(name);
			if (setup == null || !setup.isDone() || setup.join().outcome().status() != ScriptOutcome.Status.PASSED) {
				return false;
			}
		}
		return true;
	}

	@Override
	public Optional<String> await(ForkUnit unit) throws InterruptedException {
		for (String name : needs.getOrDefault(unit, List.of())) {
			ScriptOutcome outcome = runOrJoin(name, unit).outcome();
			if (outcome.status() != ScriptOutcome.Status.PASSED) {
				return Optional.of(outcome.status() == ScriptOutcome.Status.CANCELLED ? RunEvent.TestNotRun.CANCELLED
						: "not run: setup script " + name + " failed");
			}
		}
		return Optional.empty();
	}

	private ScriptProcess.Result runOrJoin(String name, ForkUnit unit) throws InterruptedException {
		CompletableFuture<ScriptProcess.Result> mine = new CompletableFuture<>();
		CompletableFuture<ScriptProcess.Result> running = setups.putIfAbsent(name, mine);
		if (running != null) {
			try {
				return running.get();
			}
			catch (ExecutionException e) {
				// completed normally always (see below): unreachable
				throw new IllegalStateException(e);
			}
		}
		ScriptDefinition script = rules.scripts().setup().get(name);
		ScriptProcess.Result result;
		try {
			result = script.className().isPresent() ? startJava(script, unit) : run(script, Map.of(), cancelled);
		}
		catch (RuntimeException e) {
			// Never thrown at the scheduler: its worker would end without ending its unit.
			ScriptOutcome failed = new ScriptOutcome(name, ScriptOutcome.SETUP, script.shownCommand(),
					ScriptOutcome.Status.FAILED, Duration.ZERO, Optional.empty(), "Solo could not run it: " + e,
					CapturedOutput.EMPTY, CapturedOutput.EMPTY, List.of(), List.of());
			finished(script, failed);
			result = new ScriptProcess.Result(failed, Map.of());
		}
		if (result.outcome().status().failed() && firstFailure.isEmpty()) {
			synchronized (this) {
				if (firstFailure.isEmpty()) {
					firstFailure = Optional.of(result.outcome());
				}
			}
		}
		mine.complete(result);
		return result;
	}

	private ScriptProcess.Result startJava(ScriptDefinition script, ForkUnit unit) {
		JavaSetup setup = new JavaSetup(script, runId, commands.apply(unit), rules.workspaceRoot(),
				environment(script, Map.of()), err);
		javaSetups.put(script.name(), setup);
		events.on(new RunEvent.ScriptStarted(script.name(), script.kind().key(), script.shownCommand()));
		ScriptProcess.Result result = setup.start(cancelled);
		finished(script, result.outcome());
		return result;
	}

	private Map<String, String> environment(ScriptDefinition script, Map<String, String> given) {
		Map<String, String> environment = new LinkedHashMap<>(given);
		environment.putAll(soloVariables);
		environment.put("SOLO_SCRIPT_NAME", script.name());
		return environment;
	}

	/** {@code stop}: completes when the script is to be terminated. */
	private ScriptProcess.Result run(ScriptDefinition script, Map<String, String> given, CompletableFuture<Void> stop) {
		ScriptProcess process = new ScriptProcess(script, runId, rules.workspaceRoot(), environment(script, given), err);
		events.on(new RunEvent.ScriptStarted(script.name(), script.kind().key(), script.shownCommand()));
		ScriptProcess.Result result = process.run(stop);
		finished(script, result.outcome());
		return result;
	}

	/** The script's end, with what its own JUnit keys say of its output. */
	private void finished(ScriptDefinition script, ScriptOutcome outcome) {
		events.on(new RunEvent.ScriptFinished(outcome.withJunitOutput(
				script.junitStoresOutput(outcome.status().failed()))));
	}

	@Override
	public void ended(ForkUnit unit) {
		for (String name : needs.getOrDefault(unit, List.of())) {
			if (waiting.get(name).decrementAndGet() == 0) {
				tearDown(name);
			}
		}
	}

	@Override
	public void cancel() {
		cancelled.complete(null);
	}

	@Override
	public void runEnding() {
		List<CompletableFuture<Void>> all = new ArrayList<>();
		for (String name : setups.keySet()) {
			all.add(tearDown(name));
		}
		for (CompletableFuture<Void> teardown : all) {
			try {
				teardown.get();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (ExecutionException e) {
				// a teardown catches and reports its own failures
			}
		}
	}

	/**
	 * Once per setup that started: its teardown with what it exported, then what it left
	 * running stopped. A setup that never started has nothing to undo.
	 */
	private CompletableFuture<Void> tearDown(String setupName) {
		CompletableFuture<ScriptProcess.Result> setup = setups.get(setupName);
		if (setup == null) {
			return CompletableFuture.completedFuture(null);
		}
		return teardowns.computeIfAbsent(setupName, name -> CompletableFuture.runAsync(() -> {
			ScriptDefinition definition = rules.scripts().setup().get(name);
			try {
				Map<String, String> exported = setup.join().exported();
				JavaSetup java = javaSetups.get(name);
				if (java != null) {
					// its tearDown() first: what the teardown script undoes may rely on it
					if (java.isReady()) {
						events.on(new RunEvent.ScriptStarted(name, ScriptOutcome.TEARDOWN, definition.shownCommand()));
					}
					java.tearDown().ifPresent(outcome -> finished(definition, outcome));
				}
				Optional<ScriptDefinition> teardown = definition.teardown().map(t -> rules.scripts().teardown().get(t));
				// A teardown runs whatever became of the run: cancellation stops setups, not their undoing.
				teardown.ifPresent(script -> {
					try {
						run(script, exported, new CompletableFuture<>());
					}
					finally {
						ScriptProcess.stopMarked(Map.of(ScriptProcess.MARK, runId + "/teardown/" + script.name()),
								script.gracePeriod());
					}
				});
			}
			catch (RuntimeException e) {
				err.println("solo: the teardown of setup script " + name + " failed: " + e);
			}
			finally {
				ScriptProcess.stopMarked(Map.of(ScriptProcess.MARK, runId + "/setup/" + name), definition.gracePeriod());
			}
		}, runnable -> {
			Thread thread = new Thread(runnable, "solo-teardown-" + name);
			thread.setDaemon(true);
			thread.start();
		}));
	}
}
