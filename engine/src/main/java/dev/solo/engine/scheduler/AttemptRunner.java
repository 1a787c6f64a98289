package dev.solo.engine.scheduler;

import dev.solo.engine.artifacts.ArtifactFolders;
import dev.solo.engine.config.Settings;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.CapturedOutput;
import dev.solo.engine.events.ChildReport;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.failure.JvmDiedException;
import dev.solo.engine.fork.TestJvm;
import dev.solo.engine.memory.OomKills;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one attempt of one unit in a fresh test JVM: watches the clock (SLOW, then TERMINATING
 * with a thread dump), honours cancellation, and judges the attempt from what its JVM came to
 * ({@link TestJvm}, which also sees that nothing the test started outlives it).
 */
final class AttemptRunner {
	private static final Duration POLL = Duration.ofMillis(100);
	private static final Duration THREAD_DUMP_WAIT = Duration.ofSeconds(3);
	private static final Duration REPORT_END_WAIT = Duration.ofSeconds(10);
	/** How long a test JVM that died of SIGINT waits for the run's cancellation to arrive. */
	private static final Duration INTERRUPT_WAIT = Duration.ofSeconds(2);
	/**
	 * A unit that took this long last time starts with the JVM's own compilers: fast start pays
	 * off in a JVM's first few hundred milliseconds, C2 in a test that computes for seconds.
	 */
	static final long LONG_UNIT_MS = 1_000;

	/** How a JVM that died of SIGKILL exits: 128 + 9. */
	private static final int SIGKILL_EXIT = 137;

	private final RunContext context;
	private final CompletableFuture<Void> terminateRunning;
	/** Read at the run's start: a test JVM's SIGKILL that Solo did not send is named the OOM killer's when it struck. */
	private final OomKills oomKills = OomKills.sinceNow();
	private final Set<TestJvm> running = ConcurrentHashMap.newKeySet();
	/** The attempts under way, as a status dump lists them: not the JVMs started ahead and still waiting. */
	private final Map<TestJvm, LiveAttempt> live = new ConcurrentHashMap<>();

	AttemptRunner(RunContext context, CompletableFuture<Void> terminateRunning) {
		this.context = context;
		this.terminateRunning = terminateRunning;
	}

	Set<TestJvm> running() {
		return running;
	}

	List<LiveAttempt> live() {
		return List.copyOf(live.values());
	}

	/**
	 * Starts the JVM for a unit's first attempt ahead of its turn: it boots and discovers the
	 * test, then waits for {@link TestJvm#go()}, so JVM start-up overlaps the test before it.
	 */
	Optional<TestJvm> prestart(ForkUnit unit, SlotTable.Grant slot) {
		try {
			TestJvm child = launch(unit, 1, context.run(unit).settings().retries().count() + 1, slot);
			running.add(child);
			return Optional.of(child);
		}
		catch (IOException e) {
			return Optional.empty();
		}
	}

	/** Ends a prestarted child whose unit will not run after all. */
	void discard(TestJvm child) {
		child.stop(Duration.ZERO);
		running.remove(child);
		child.close();
	}

	Attempt run(ForkUnit unit, int number, int total, SlotTable.Grant slot, Optional<TestJvm> prestarted)
			throws InterruptedException {
		context.events().on(new RunEvent.TestStarted(unit, number, total, slot.globalSlot()));
		long start = System.nanoTime();
		TestJvm child;
		if (prestarted.isPresent()) {
			child = prestarted.get();
		}
		else {
			try {
				child = launch(unit, number, total, slot);
			}
			catch (IOException e) {
				return new Attempt(number, total, AttemptStatus.CRASHED, elapsedSince(start),
						Optional.of(new JvmDiedException("could not start the test JVM: " + e.getMessage())),
						new ChildReport(), CapturedOutput.EMPTY, CapturedOutput.EMPTY, Optional.empty(), List.of(),
						false, -1, Optional.empty(), List.of(), List.of());
			}
			running.add(child);
		}
		child.go();
		live.put(child, new LiveAttempt(unit, number, total, slot.globalSlot(), start, child));
		try {
			return watch(unit, number, total, start, child);
		}
		finally {
			live.remove(child);
			running.remove(child);
			child.close();
		}
	}

	private TestJvm launch(ForkUnit unit, int number, int total, SlotTable.Grant slot) throws IOException {
		UnitRun run = context.run(unit);
		Settings settings = run.settings();
		Placement placement = context.placement(unit);
		Map<String, String> configuration = new LinkedHashMap<>(placement.configuration());
		configuration.putAll(context.configuration());
		// The profile's word too, not only a parameter's: the test JVM reads it from its configuration.
		configuration.put(Settings.PREFIX + "heap-stats", String.valueOf(settings.heapStats()));
		// The module's environment under Solo's settings: a [profile.env] or override has the last word.
		Map<String, String> environment = new LinkedHashMap<>(placement.environment());
		environment.putAll(run.env());
		Path artifactFolder = context.artifacts().forAttempt(unit.name(), number);
		try {
			return TestJvm.start(placement.command(), context.server(), new TestJvm.Launch(unit, number, total,
					context.runId(), settings.profile(), configuration, context.workspaceRoot(),
					slot.globalSlot(), slot.group(), slot.groupSlot(), settings.outputLimitBytes(), settings.noCapture(),
					run.jvmArgs(), environment, placement.directory(),
					context.lastDuration(unit).orElse(0) >= LONG_UNIT_MS, artifactFolder, settings.tracer(),
					context.wrapper().wrapping(settings.process())),
					liveEntries(unit, number), context.hostOut(), context.hostErr());
		}
		catch (IOException e) {
			ArtifactFolders.removeIfEmpty(artifactFolder);
			throw e;
		}
	}

	/**
	 * Publishes the child's entries a live view can use, on the connection's reader thread. Each
	 * entry is an event through the bus's lock, so a test's entries of the containers above it (two
	 * to four of its five or six) are not sent: only their place in the report is kept.
	 */
	private java.util.function.Consumer<ChildReport.Entry> liveEntries(ForkUnit unit, int number) {
		int[] index = {0};
		return entry -> {
			int at = index[0]++;
			if (RunEvent.ChildReported.sentLive(unit, entry)) {
				context.events().on(new RunEvent.ChildReported(unit, number, entry, at));
			}
		};
	}

	private Attempt watch(ForkUnit unit, int number, int total, long start, TestJvm child)
			throws InterruptedException {
		Settings settings = context.run(unit).settings();
		List<Duration> slowReports = new ArrayList<>();
		boolean timedOut = false;
		boolean cancelled = false;
		Optional<String> dump = Optional.empty();
		int periods = 0;
		while (true) {
			long waitNanos = POLL.toNanos();
			if (settings.slowTimeout().isPresent()) {
				long nextTick = start + settings.slowTimeout().get().toNanos() * (periods + 1);
				waitNanos = Math.max(0, Math.min(waitNanos, nextTick - System.nanoTime()));
			}
			if (child.awaitFinished(waitNanos)) {
				break;
			}
			// not yet: look at the clock and at cancellation
			if (terminateRunning.isDone()) {
				cancelled = true;
				child.stop(settings.gracePeriod());
				break;
			}
			if (settings.slowTimeout().isPresent()) {
				long nextTick = start + settings.slowTimeout().get().toNanos() * (periods + 1);
				if (System.nanoTime() >= nextTick) {
					periods++;
					boolean terminating = settings.terminateAfter() > 0 && periods >= settings.terminateAfter();
					Duration elapsed = elapsedSince(start);
					slowReports.add(elapsed);
					child.noteProcesses();
					context.events().on(new RunEvent.TestSlow(unit, number, elapsed, terminating,
							child.currentRss().orElse(-1)));
					if (terminating) {
						dump = child.dump(THREAD_DUMP_WAIT);
						child.stop(settings.gracePeriod());
						timedOut = true;
						break;
					}
				}
			}
		}
		Duration duration = elapsedSince(start);
		child.awaitReportEnd(timedOut || cancelled ? Duration.ofSeconds(1) : REPORT_END_WAIT);
		cancelled = cancelled || (!timedOut && interruptedWithTheRun(child));

		TestJvm.End end = child.end(settings.leakTimeout(), settings.gracePeriod());
		List<String> leakedProcesses = end.leftRunning();
		boolean leaked = !leakedProcesses.isEmpty();
		CapturedOutput stdout = end.stdout();
		CapturedOutput stderr = end.stderr();
		Optional<Integer> exitCode = end.exitCode();
		AttemptClassifier.Verdict verdict = AttemptClassifier.classify(new AttemptClassifier.Facts(
				unit.descriptor().delegateId(), end.report(), end.saidDone(), exitCode, child.pid(),
				context.placement(unit).directory(), timedOut,
				cancelled, duration,
				settings.slowTimeout().map(t -> t.multipliedBy(Math.max(1, settings.terminateAfter())))
						.orElse(Duration.ZERO),
				dump, leaked, leakedProcesses, settings.failOnLeak(), stdout, stderr, end.notRun(),
				killedBy(exitCode, timedOut || cancelled)));
		AttemptStatus status = verdict.status();
		if (status == AttemptStatus.TIMED_OUT && settings.passOnTimeout()) {
			status = AttemptStatus.PASSED;
		}
		Attempt attempt = new Attempt(number, total, status, duration, verdict.failure(), end.report(), stdout,
				stderr, dump, List.copyOf(leakedProcesses), leaked, child.pid(), exitCode, List.copyOf(slowReports),
				end.artifacts(), end.memory());
		context.events().on(new RunEvent.AttemptFinished(unit, attempt));
		return attempt;
	}

	/** Who likely killed a JVM that died of SIGKILL Solo did not send (it sends it to stop a JVM timed out or cancelled). */
	private Optional<String> killedBy(Optional<Integer> exitCode, boolean stoppedBySolo) {
		return exitCode.filter(code -> code == SIGKILL_EXIT && !stoppedBySolo).flatMap(code -> oomKills.sinceStart());
	}

	/**
	 * A terminal's Ctrl-C sends SIGINT to its whole foreground process group, the test JVMs with
	 * the host, so a test JVM can die of it just before the host's handler cancels the run. That
	 * death is the cancellation, not a crash of the test: it waits a moment for the cancellation.
	 */
	private boolean interruptedWithTheRun(TestJvm child) throws InterruptedException {
		if (!child.endedBySigint(INTERRUPT_WAIT)) {
			return false;
		}
		try {
			terminateRunning.get(INTERRUPT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException | java.util.concurrent.ExecutionException e) {
			return false;
		}
	}

	private static Duration elapsedSince(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

	/** Terminates every running child now, for a host that is going away. */
	void terminateAll(Duration grace) {
		List<Thread> killers = new ArrayList<>();
		for (TestJvm child : running) {
			Thread killer = new Thread(() -> child.stop(grace), "solo-terminate-" + child.pid());
			killer.start();
			killers.add(killer);
		}
		for (Thread killer : killers) {
			try {
				killer.join(grace.toMillis() + 2_000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}
}
