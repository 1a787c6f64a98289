package dev.solo.engine.scheduler;

import dev.solo.engine.config.Settings;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.CapturedOutput;
import dev.solo.engine.events.ChildReport;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.failure.JvmDiedException;
import dev.solo.engine.fork.ChildJvm;
import dev.solo.engine.fork.DoneReport;
import dev.solo.engine.fork.LeftProcessKiller;
import dev.solo.engine.process.LeftProcess;
import dev.solo.engine.process.ProcessTree;

import java.io.IOException;
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
 * Runs one attempt of one unit in a fresh child JVM: watches the clock (SLOW, then
 * TERMINATING with a thread dump), honours cancellation, and after the test checks that
 * nothing it started outlives it.
 */
final class AttemptRunner {
	private static final Duration POLL = Duration.ofMillis(100);
	private static final Duration THREAD_DUMP_WAIT = Duration.ofSeconds(3);
	private static final Duration QUIET_EXIT_WAIT = Duration.ofSeconds(5);
	private static final Duration REPORT_END_WAIT = Duration.ofSeconds(10);
	/** How long a SIGKILLed process may take to go (one in uninterruptible sleep waits for its I/O). */
	private static final Duration KILL_WAIT = Duration.ofSeconds(2);
	/** How long a test JVM that died of SIGINT waits for the run's cancellation to arrive. */
	private static final Duration INTERRUPT_WAIT = Duration.ofSeconds(2);
	/** A JVM's exit code when SIGINT ends it: 128 + 2. */
	private static final int SIGINT_EXIT = 130;
	/**
	 * A unit that took this long last time starts with the JVM's own compilers: fast start pays
	 * off in a JVM's first few hundred milliseconds, C2 in a test that computes for seconds.
	 */
	static final long LONG_UNIT_MS = 1_000;

	private final RunContext context;
	private final CompletableFuture<Void> terminateRunning;
	private final Set<ChildJvm> running = ConcurrentHashMap.newKeySet();

	AttemptRunner(RunContext context, CompletableFuture<Void> terminateRunning) {
		this.context = context;
		this.terminateRunning = terminateRunning;
	}

	Set<ChildJvm> running() {
		return running;
	}

	/**
	 * Starts the JVM for a unit's first attempt ahead of its turn: it boots and discovers the
	 * test, then waits for {@link ChildJvm#go()}, so JVM start-up overlaps the test before it.
	 */
	Optional<ChildJvm> prestart(ForkUnit unit, SlotTable.Grant slot) {
		try {
			ChildJvm child = launch(unit, 1, context.run(unit).settings().retries().count() + 1, slot);
			running.add(child);
			return Optional.of(child);
		}
		catch (IOException e) {
			return Optional.empty();
		}
	}

	/** Ends a prestarted child whose unit will not run after all. */
	void discard(ChildJvm child) {
		child.terminate(Duration.ZERO);
		running.remove(child);
		child.close();
	}

	Attempt run(ForkUnit unit, int number, int total, SlotTable.Grant slot, Optional<ChildJvm> prestarted)
			throws InterruptedException {
		context.events().on(new RunEvent.TestStarted(unit, number, total));
		long start = System.nanoTime();
		ChildJvm child;
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
						false, -1, Optional.empty(), List.of());
			}
			running.add(child);
		}
		child.go();
		try {
			return watch(unit, number, total, start, child);
		}
		finally {
			running.remove(child);
			child.close();
		}
	}

	private ChildJvm launch(ForkUnit unit, int number, int total, SlotTable.Grant slot) throws IOException {
		UnitRun run = context.run(unit);
		Settings settings = run.settings();
		Placement placement = context.placement(unit);
		Map<String, String> configuration = new LinkedHashMap<>(placement.configuration());
		configuration.putAll(context.configuration());
		// The module's environment under Solo's settings: a [profile.env] or override has the last word.
		Map<String, String> environment = new LinkedHashMap<>(placement.environment());
		environment.putAll(run.env());
		return ChildJvm.start(placement.command(), context.server(), new ChildJvm.Launch(unit, number, total,
				context.runId(), settings.profile(), configuration, context.workspaceRoot(),
				slot.globalSlot(), slot.group(), slot.groupSlot(), settings.outputLimitBytes(), settings.noCapture(),
				run.jvmArgs(), environment, placement.directory(),
				context.lastDuration(unit).orElse(0) >= LONG_UNIT_MS),
				liveEntries(unit, number), context.hostOut(), context.hostErr());
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

	private Attempt watch(ForkUnit unit, int number, int total, long start, ChildJvm child)
			throws InterruptedException {
		Settings settings = context.run(unit).settings();
		Map<Long, ProcessHandle> seen = new LinkedHashMap<>();
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
			try {
				child.finished().get(waitNanos, TimeUnit.NANOSECONDS);
				break;
			}
			catch (TimeoutException e) {
				// look at the clock and at cancellation below
			}
			catch (java.util.concurrent.ExecutionException e) {
				break;
			}
			if (terminateRunning.isDone()) {
				cancelled = true;
				child.terminate(settings.gracePeriod());
				break;
			}
			if (settings.slowTimeout().isPresent()) {
				long nextTick = start + settings.slowTimeout().get().toNanos() * (periods + 1);
				if (System.nanoTime() >= nextTick) {
					periods++;
					boolean terminating = settings.terminateAfter() > 0 && periods >= settings.terminateAfter();
					Duration elapsed = elapsedSince(start);
					slowReports.add(elapsed);
					remember(seen, child.handle());
					context.events().on(new RunEvent.TestSlow(unit, number, elapsed, terminating));
					if (terminating) {
						dump = child.requestThreadDump(THREAD_DUMP_WAIT);
						child.terminate(settings.gracePeriod());
						timedOut = true;
						break;
					}
				}
			}
		}
		Duration duration = elapsedSince(start);
		child.awaitReportEnd(timedOut || cancelled ? Duration.ofSeconds(1) : REPORT_END_WAIT);
		cancelled = cancelled || (!timedOut && interruptedWithTheRun(child));

		List<String> leakedProcesses = new ArrayList<>();
		Optional<DoneReport> done = child.done();
		if (done.isPresent()) {
			leakedProcesses.addAll(killLeftProcesses(done.get().processes()));
			// The child exits on its own once it has reported, whatever threads the test left; a
			// JVM still running is in a shutdown hook that does not return. Its exit is given at
			// least QUIET_EXIT_WAIT: on a busy machine an exit (and a class archive's dump) is slow.
			Duration exitWait = max(settings.leakTimeout(), QUIET_EXIT_WAIT);
			if (!child.awaitExit(exitWait)) {
				leakedProcesses.add(0, "the test JVM (pid " + child.pid() + ") was still exiting "
						+ AttemptClassifier.seconds(exitWait) + " after its test ended: a shutdown hook did not return"
						+ (done.get().threads().isEmpty() ? "" : "; non-daemon threads: "
								+ String.join(", ", done.get().threads())));
				child.terminate(settings.gracePeriod());
			}
		}
		else {
			if (!child.awaitExit(settings.gracePeriod())) {
				child.terminate(settings.gracePeriod());
			}
			// Its JVM named nothing: what it started and what that left as orphans carry the attempt's variables.
			leakedProcesses.addAll(killLeftProcesses(child.markedProcesses()));
		}
		boolean leaked = !leakedProcesses.isEmpty();
		seen.remove(child.pid());
		for (ProcessHandle process : seen.values()) {
			if (process.isAlive()) {
				ProcessTree.terminate(process, Duration.ZERO);
			}
		}

		CapturedOutput stdout = child.stdout();
		CapturedOutput stderr = child.stderr();
		Optional<Integer> exitCode = child.exitCode();
		AttemptClassifier.Verdict verdict = AttemptClassifier.classify(new AttemptClassifier.Facts(
				unit.descriptor().delegateId(), child.report(), done.isPresent(), exitCode, child.pid(), timedOut,
				cancelled, duration,
				settings.slowTimeout().map(t -> t.multipliedBy(Math.max(1, settings.terminateAfter())))
						.orElse(Duration.ZERO),
				dump, leaked, leakedProcesses, settings.failOnLeak(), stdout, stderr));
		AttemptStatus status = verdict.status();
		if (status == AttemptStatus.TIMED_OUT && settings.passOnTimeout()) {
			status = AttemptStatus.PASSED;
		}
		Attempt attempt = new Attempt(number, total, status, duration, verdict.failure(), child.report(), stdout,
				stderr, dump, List.copyOf(leakedProcesses), leaked, child.pid(), exitCode, List.copyOf(slowReports));
		context.events().on(new RunEvent.AttemptFinished(unit, attempt));
		return attempt;
	}

	/**
	 * A terminal's Ctrl-C sends SIGINT to its whole foreground process group, the test JVMs with
	 * the host, so a test JVM can die of it just before the host's handler cancels the run. That
	 * death is the cancellation, not a crash of the test: it waits a moment for the cancellation.
	 */
	private boolean interruptedWithTheRun(ChildJvm child) throws InterruptedException {
		// Its report ends when its socket closes, which can be before the JVM has quite exited.
		if (child.done().isPresent() || !child.awaitExit(INTERRUPT_WAIT)
				|| child.exitCode().filter(code -> code == SIGINT_EXIT).isEmpty()) {
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

	/**
	 * Kills what the child said it left running, and waits until it is gone, before the attempt
	 * is reported: once the child has exited, nothing else would. Costs the host nothing for a
	 * unit that left nothing.
	 */
	private static List<String> killLeftProcesses(List<LeftProcess> left) {
		if (left.isEmpty()) {
			return List.of();
		}
		List<LeftProcess> survivors = LeftProcessKiller.kill(left, KILL_WAIT);
		List<String> described = new ArrayList<>();
		for (LeftProcess process : left) {
			described.add(process.describe() + (survivors.contains(process) ? " (still running after SIGKILL)" : ""));
		}
		return described;
	}

	private static Duration max(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	private static void remember(Map<Long, ProcessHandle> seen, ProcessHandle root) {
		ProcessTree.descendants(root).forEach(p -> seen.putIfAbsent(p.pid(), p));
	}

	private static Duration elapsedSince(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

	/** Terminates every running child now, for a host that is going away. */
	void terminateAll(Duration grace) {
		List<Thread> killers = new ArrayList<>();
		for (ChildJvm child : running) {
			Thread killer = new Thread(() -> child.terminate(grace), "solo-terminate-" + child.pid());
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
