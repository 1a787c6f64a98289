package dev.solo.engine.scheduler;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.config.Settings;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.events.NotRun;
import dev.solo.engine.events.Rerun;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunStats;
import dev.solo.engine.events.TestOutcome;
import dev.solo.engine.fork.TestJvm;
import dev.solo.engine.memory.MemoryBudget;
import dev.solo.engine.memory.MemoryPlan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apiguardian.api.API;

/**
 * One queue of units across all classes, each attempt in a fresh JVM, started centrally as
 * slots, test groups and resource locks allow ({@link SlotTable}, {@link ReadyQueue},
 * {@link LockClaim}). Owns retries, fail-fast and cancellation; publishes everything as run
 * events and formats nothing.
 *
 * <p>Warm start: when every slot is busy, a unit that would start next and needs nothing but one
 * {@code @global} slot (no group, one thread, no lock) gets its JVM started behind a running
 * unit, and takes over that unit's slot when it ends. Units with a group, several threads or a
 * lock start cold: their slot numbers and their turn are only known when they start, and a
 * JVM's environment cannot change after it starts. So a prestarted unit keeps the slot it was
 * started for, which may then not be the smallest free one. Beyond one per busy slot, as many
 * more start ahead as {@code warm-start-ahead} allows (the idle cores, {@link IdleCores}), each
 * behind the slot with the fewest waiting.
 *
 * <p>Memory: with a {@code test-memory} budget ({@link MemoryPlan}), a JVM starts, in its turn or
 * ahead of it, only when its expected peak fits beside those of the JVMs already held
 * ({@link MemoryBudget}); a JVM started ahead holds its share from its start.
 */
@API(status = INTERNAL, since = "0.1")
public final class Scheduler {

	private final RunContext context;
	private final Settings settings;
	private final CompletableFuture<Void> terminateRunning = new CompletableFuture<>();
	private final AtomicReference<String> stopReason = new AtomicReference<>();
	private final AttemptRunner attempts;
	private final Scheduling scheduling;
	private final Counts counts = new Counts();
	/** Units that ended, however: what a status dump counts as done. */
	private final AtomicInteger ended = new AtomicInteger();
	private volatile int total;
	private volatile long startNanos = System.nanoTime();
	private final UnitGate gate;
	private final MemoryPlan memoryPlan;
	/** Read under {@link #lock}: what warm start may start ahead beyond one per busy slot. */
	private final IdleCores idleCores = IdleCores.ofMachine();
	private volatile boolean cancelled;
	private UnitSource more = UnitSource.NONE;
	private ResourceLocks locks;

	/** Guards everything below, and is notified whenever a unit ends or the run stops. */
	private final Object lock = new Object();
	private SlotTable slots;
	private MemoryBudget memory;
	private ReadyQueue<Pending> queue;
	private final List<LockClaim> held = new ArrayList<>();
	private final List<Worker> workers = new ArrayList<>();

	public Scheduler(RunContext context) {
		this(context, Scheduling.DEFAULT);
	}

	public Scheduler(RunContext context, Scheduling scheduling) {
		this(context, scheduling, UnitGate.NONE);
	}

	/** {@code gate}: what runs before a unit starts and after units end (setup and teardown scripts). */
	public Scheduler(RunContext context, Scheduling scheduling, UnitGate gate) {
		this(context, scheduling, gate, MemoryPlan.NONE);
	}

	/** {@code memory}: the budget the JVMs running at once stay within, and each unit's expected peak. */
	public Scheduler(RunContext context, Scheduling scheduling, UnitGate gate, MemoryPlan memory) {
		this.memoryPlan = memory;
		this.gate = gate;
		this.context = context;
		this.settings = context.settings();
		this.scheduling = scheduling;
		this.attempts = new AttemptRunner(context, terminateRunning);
	}

	/** Asks {@code more} for units each time the queue runs empty while the run goes on; before {@link #run}. */
	public void continueWith(UnitSource more) {
		this.more = more;
	}

	public RunStats run(List<ForkUnit> units) {
		return run(units, List.of());
	}

	/**
	 * Runs {@code units}; {@code skipped} (outside the partition, filtered out) are announced in
	 * {@link RunEvent.RunStarted}, never started, and counted as skipped.
	 */
	public RunStats run(List<ForkUnit> units, List<NotRun> skipped) {
		return run(units, skipped, Optional.empty());
	}

	/** The same, for a rerun of a recorded run. */
	public RunStats run(List<ForkUnit> units, List<NotRun> skipped, Optional<Rerun> rerun) {
		long start = System.nanoTime();
		startNanos = start;
		total = units.size();
		context.events().on(new RunEvent.RunStarted(java.util.UUID.fromString(context.runId()), settings.profile(),
				units, settings.testThreads(), skipped, rerun));
		locks = ResourceLocks.in(Optional.ofNullable(Thread.currentThread().getContextClassLoader())
				.orElse(Scheduler.class.getClassLoader()));
		List<Pending> pending = new ArrayList<>();
		MemoryBudget ledger = memoryPlan.ledger();
		for (ForkUnit unit : units) {
			long expected = memoryPlan.expected(unit);
			if (ledger.exceeds(expected)) {
				context.hostErr().println(memoryPlan.runsAlone(unit, expected));
			}
			pending.add(new Pending(unit, scheduling.policyOf(unit), locks.of(unit), expected));
		}
		synchronized (lock) {
			memory = ledger;
			slots = new SlotTable(settings.testThreads(), scheduling.groupMaxThreads());
			queue = new ReadyQueue<>(pending, p -> p.policy().priority(), slots.size());
		}
		boolean interrupted = dispatch();
		gate.runEnding();
		RunStats stats = counts.stats(total, skipped.size(), Duration.ofNanos(System.nanoTime() - start));
		context.events().on(new RunEvent.RunFinished(stats, cancelled));
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
		return stats;
	}

	/** Starts units as they fit until none is left and none runs; returns whether it was interrupted. */
	private boolean dispatch() {
		Admission now = new Admission(false, slots, held, memory);
		Admission ahead = new Admission(true, slots, held, memory);
		boolean interrupted = false;
		while (true) {
			List<Pending> notRun = List.of();
			List<Worker.Successor> prestart = new ArrayList<>();
			synchronized (lock) {
				if (stopReason.get() != null) {
					notRun = queue.drain();
				}
				else {
					// With every slot taken no unit fits (each needs one at least): asking the queue
					// then would judge every waiting unit, on every wake-up, quadratic in the suite.
					while (slots.freeGlobal() > 0) {
						Optional<Pending> next = queue.poll(now);
						if (next.isEmpty()) {
							if (queue.isEmpty() && queueMore()) {
								continue;
							}
							break;
						}
						start(next.get());
					}
					if (queue.isEmpty()) {
						// with every slot busy: a unit to start ahead, and the next when one ends
						queueMore();
					}
					if (settings.warmStart().on()) {
						assignSuccessors(ahead, prestart);
					}
				}
				if (notRun.isEmpty() && prestart.isEmpty()) {
					if (queue.isEmpty() && workers.isEmpty()) {
						return interrupted;
					}
					try {
						lock.wait();
					}
					catch (InterruptedException e) {
						// the children are terminated now; wait for their workers to say so
						interrupted = true;
						cancel("the host thread was interrupted");
					}
				}
			}
			notRun.forEach(this::notRun);
			for (Worker.Successor successor : prestart) {
				successor.child().complete(prestart(successor));
			}
		}
	}

	/** Queues what {@link #more} adds; whether it added anything. */
	private boolean queueMore() {
		List<ForkUnit> added = more.next();
		if (added.isEmpty()) {
			return false;
		}
		gate.added(added);
		total += added.size();
		List<Pending> pending = new ArrayList<>();
		for (ForkUnit unit : added) {
			// A copy of a unit queued at the start: its peak as expected, said once already if too big.
			pending.add(new Pending(unit, scheduling.policyOf(unit), locks.of(unit), memoryPlan.expected(unit)));
		}
		queue.addAll(pending, p -> p.policy().priority());
		return true;
	}

	private void start(Pending pending) {
		SlotTable.Grant grant = slots.acquire(pending.policy());
		held.add(pending.claim());
		memory.reserve(pending.memory());
		Worker worker = new Worker(pending, grant);
		workers.add(worker);
		Thread thread = new Thread(() -> work(worker), "solo-worker-" + grant.globalSlot());
		thread.setDaemon(true);
		thread.start();
	}

	/** Starts JVMs ahead behind busy slots, as many and where {@link Worker#aheadOrder} says. */
	private void assignSuccessors(Admission ahead, List<Worker.Successor> prestart) {
		int extra = settings.warmStart().ahead().orElseGet(idleCores::now);
		for (Worker worker : Worker.aheadOrder(workers, extra)) {
			Optional<Pending> next = queue.poll(ahead);
			if (next.isEmpty()) {
				return;
			}
			// Its JVM starts now: it holds its share of the budget from now, not from its turn.
			memory.reserve(next.get().memory());
			Worker.Successor successor = new Worker.Successor(next.get(), worker.grant.globalSlot(),
					new CompletableFuture<>());
			worker.successors.add(successor);
			prestart.add(successor);
		}
	}

	private Optional<TestJvm> prestart(Worker.Successor successor) {
		if (!gate.ready(successor.pending().unit())) {
			// its JVM's environment is not known until what runs before it has run
			return Optional.empty();
		}
		try {
			return attempts.prestart(successor.pending().unit(), SlotTable.Grant.plain(successor.globalSlot()));
		}
		catch (RuntimeException e) {
			return Optional.empty();
		}
	}

	/** One slot's thread: runs its unit, then the unit prestarted behind it, if any. */
	private void work(Worker worker) {
		Pending unit = worker.first;
		Optional<TestJvm> prestarted = Optional.empty();
		while (unit != null) {
			if (stopReason.get() != null) {
				prestarted.ifPresent(attempts::discard);
				notRun(unit);
			}
			else {
				try {
					Optional<String> blocked = gate.await(unit.unit());
					if (blocked.isPresent()) {
						prestarted.ifPresent(attempts::discard);
						stopReason.compareAndSet(null, blocked.get());
						notRun(unit);
					}
					else {
						execute(unit.unit(), worker.grant, prestarted);
					}
				}
				catch (InterruptedException e) {
					cancel("interrupted");
					Thread.currentThread().interrupt();
				}
				catch (RuntimeException | LinkageError e) {
					// A fault of Solo's own: the run stops and says so, every unit reported, rather than
					// waiting forever for a worker that died.
					stopReason.compareAndSet(null, "Solo failed: " + e);
					terminateRunning.complete(null);
					notRun(unit);
				}
			}
			Worker.Successor next;
			List<Worker.Successor> dropped = new ArrayList<>();
			synchronized (lock) {
				held.remove(unit.claim());
				slots.release(worker.grant);
				memory.release(unit.memory());
				next = worker.successors.poll();
				if (next != null && stopReason.get() == null) {
					worker.grant = slots.acquireAt(next.globalSlot());
					worker.startedAt = System.nanoTime();
					held.add(next.pending().claim());
					unit = next.pending();
				}
				else {
					// Nothing waits behind this slot, or the run stopped: then what waits never runs,
					// and with the worker gone from the list nothing more is queued behind it.
					if (next != null) {
						dropped.add(next);
					}
					dropped.addAll(worker.successors);
					worker.successors.clear();
					if (dropped.isEmpty()) {
						workers.remove(worker);
					}
					unit = null;
				}
				lock.notifyAll();
			}
			prestarted = unit == null ? Optional.empty() : next.child().join();
			if (!dropped.isEmpty()) {
				for (Worker.Successor successor : dropped) {
					successor.child().join().ifPresent(attempts::discard);
					notRun(successor.pending());
				}
				// Only now may the run end: its last events and counts include these units.
				synchronized (lock) {
					dropped.forEach(successor -> memory.release(successor.pending().memory()));
					workers.remove(worker);
					lock.notifyAll();
				}
			}
		}
	}

	private void notRun(Pending pending) {
		counts.notRun.incrementAndGet();
		ended.incrementAndGet();
		context.events().on(new RunEvent.TestNotRun(pending.unit(), stopReason.get()));
		gate.ended(pending.unit());
	}

	/** Stops scheduling and terminates what runs: the host cancelled, or is shutting down. */
	public void cancel(String reason) {
		cancelled = true;
		stopReason.compareAndSet(null, RunEvent.TestNotRun.CANCELLED);
		terminateRunning.complete(null);
		gate.cancel();
		synchronized (lock) {
			lock.notifyAll();
		}
	}

	/** For a shutdown hook: cancel and wait until every child is gone. */
	public void cancelAndWait(Duration grace) {
		cancel("shutdown");
		attempts.terminateAll(grace);
		gate.runEnding();
	}

	/**
	 * The run as it is now, for a status dump: the tests running, each with its last output and a
	 * thread dump of its JVM taken now. Takes up to a few seconds (a JVM that does not answer);
	 * any thread may ask, any number of times, and the run goes on as if nobody had.
	 */
	public RunSnapshot snapshot() {
		Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
		int doneNow = ended.get();
		return new RunSnapshot(doneNow, total, elapsed, LiveDumps.of(attempts.live()));
	}

	public boolean isCancelled() {
		return cancelled;
	}

	private void execute(ForkUnit unit, SlotTable.Grant slot, Optional<TestJvm> prestarted)
			throws InterruptedException {
		TestOutcome outcome = new UnitAttempts(context, attempts, terminateRunning).run(unit, slot, prestarted);
		counts.add(outcome);
		ended.incrementAndGet();
		context.events().on(new RunEvent.TestFinished(unit, outcome));
		gate.ended(unit);
		if (outcome.isFailure() && settings.maxFail().isPresent()
				&& counts.failed.get() >= settings.maxFail().get()) {
			stopReason.compareAndSet(null, RunEvent.TestNotRun.AFTER_FAILURE);
			if (settings.terminateOnMaxFail()) {
				terminateRunning.complete(null);
			}
		}
	}
}
