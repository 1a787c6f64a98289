package dev.solo.engine.scheduler;

import dev.solo.engine.config.Settings;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunStats;
import dev.solo.engine.events.TestOutcome;
import dev.solo.engine.fork.ChildJvm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One queue of units across all classes, {@code test-threads} at a time, each attempt in a
 * fresh JVM. Owns retries, fail-fast and cancellation; publishes everything as run events and
 * formats nothing.
 */
public final class Scheduler {
	public static final String NOT_RUN_FAILURE = "not run due to test failure";
	public static final String NOT_RUN_CANCELLED = "not run: the run was cancelled";

	private final RunContext context;
	private final Settings settings;
	private final CompletableFuture<Void> terminateRunning = new CompletableFuture<>();
	private final AtomicReference<String> stopReason = new AtomicReference<>();
	private final AttemptRunner attempts;
	private final Counts counts = new Counts();
	private volatile boolean cancelled;

	public Scheduler(RunContext context) {
		this.context = context;
		this.settings = context.settings();
		this.attempts = new AttemptRunner(context, terminateRunning);
	}

	public RunStats run(List<ForkUnit> units) {
		long start = System.nanoTime();
		context.events().on(new RunEvent.RunStarted(java.util.UUID.fromString(context.runId()), settings.profile(),
				units, settings.testThreads()));
		ConcurrentLinkedQueue<ForkUnit> queue = new ConcurrentLinkedQueue<>(units);
		List<Thread> workers = new ArrayList<>();
		int threads = Math.min(settings.testThreads(), Math.max(1, units.size()));
		for (int slot = 0; slot < threads; slot++) {
			int workerSlot = slot;
			Thread worker = new Thread(() -> work(queue, workerSlot), "solo-worker-" + slot);
			worker.setDaemon(true);
			worker.start();
			workers.add(worker);
		}
		for (Thread worker : workers) {
			try {
				worker.join();
			}
			catch (InterruptedException e) {
				cancel("the host thread was interrupted");
				Thread.currentThread().interrupt();
			}
		}
		RunStats stats = counts.stats(units.size(), Duration.ofNanos(System.nanoTime() - start));
		context.events().on(new RunEvent.RunFinished(stats, cancelled));
		return stats;
	}

	/** Stops scheduling and terminates what runs: the host cancelled, or is shutting down. */
	public void cancel(String reason) {
		cancelled = true;
		stopReason.compareAndSet(null, NOT_RUN_CANCELLED);
		terminateRunning.complete(null);
	}

	/** For a shutdown hook: cancel and wait until every child is gone. */
	public void cancelAndWait(Duration grace) {
		cancel("shutdown");
		attempts.terminateAll(grace);
	}

	public boolean isCancelled() {
		return cancelled;
	}

	/**
	 * One worker: takes units from the shared queue and, with warm start, launches the JVM of
	 * its next unit while the current one runs.
	 */
	private void work(ConcurrentLinkedQueue<ForkUnit> queue, int slot) {
		ForkUnit next = queue.poll();
		Optional<ChildJvm> nextChild = Optional.empty();
		while (next != null) {
			ForkUnit unit = next;
			Optional<ChildJvm> prestarted = nextChild;
			next = null;
			nextChild = Optional.empty();
			String reason = stopReason.get();
			if (reason != null) {
				prestarted.ifPresent(attempts::discard);
				counts.notRun.incrementAndGet();
				context.events().on(new RunEvent.TestNotRun(unit, reason));
				next = queue.poll();
				continue;
			}
			next = queue.poll();
			if (next != null && settings.warmStart() && stopReason.get() == null) {
				nextChild = attempts.prestart(next, slot);
			}
			try {
				execute(unit, slot, prestarted);
			}
			catch (InterruptedException e) {
				cancel("interrupted");
				Thread.currentThread().interrupt();
			}
		}
		nextChild.ifPresent(attempts::discard);
	}

	private void execute(ForkUnit unit, int slot, Optional<ChildJvm> prestarted) throws InterruptedException {
		int total = settings.retries().count() + 1;
		List<Attempt> done = new ArrayList<>();
		for (int number = 1; number <= total; number++) {
			Attempt attempt = attempts.run(unit, number, total, slot, number == 1 ? prestarted : Optional.empty());
			done.add(attempt);
			if (!attempt.isFailure() || terminateRunning.isDone() || number == total) {
				break;
			}
			Duration delay = settings.retries().delayBefore(number + 1);
			context.events().on(new RunEvent.TestRetrying(unit, attempt, delay));
			if (!delay.isZero()) {
				try {
					terminateRunning.get(delay.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
					break;
				}
				catch (java.util.concurrent.TimeoutException e) {
					// waited the back-off: retry
				}
				catch (java.util.concurrent.ExecutionException e) {
					break;
				}
			}
		}
		TestOutcome outcome = new TestOutcome(done, settings.flakyResult() == Settings.FlakyResult.FAIL);
		counts.add(outcome);
		context.events().on(new RunEvent.TestFinished(unit, outcome));
		if (outcome.isFailure() && settings.maxFail().isPresent()
				&& counts.failed.get() >= settings.maxFail().get()) {
			stopReason.compareAndSet(null, NOT_RUN_FAILURE);
			if (settings.terminateOnMaxFail()) {
				terminateRunning.complete(null);
			}
		}
	}

	/** Tallies for the summary, updated from worker threads. */
	private static final class Counts {
		final AtomicInteger finished = new AtomicInteger();
		final AtomicInteger passed = new AtomicInteger();
		final AtomicInteger flaky = new AtomicInteger();
		final AtomicInteger failed = new AtomicInteger();
		final AtomicInteger timedOut = new AtomicInteger();
		final AtomicInteger crashed = new AtomicInteger();
		final AtomicInteger skipped = new AtomicInteger();
		final AtomicInteger notRun = new AtomicInteger();
		final AtomicInteger leaky = new AtomicInteger();

		void add(TestOutcome outcome) {
			finished.incrementAndGet();
			Attempt last = outcome.last();
			if (last.leaked()) {
				leaky.incrementAndGet();
			}
			if (outcome.isFlaky()) {
				flaky.incrementAndGet();
			}
			if (outcome.isFailure()) {
				failed.incrementAndGet();
				if (last.status() == AttemptStatus.TIMED_OUT) {
					timedOut.incrementAndGet();
				}
				if (last.status() == AttemptStatus.CRASHED) {
					crashed.incrementAndGet();
				}
			}
			else if (last.status() == AttemptStatus.PASSED) {
				passed.incrementAndGet();
			}
			else if (last.status() == AttemptStatus.CANCELLED) {
				notRun.incrementAndGet();
			}
			else {
				skipped.incrementAndGet();
			}
		}

		RunStats stats(int initial, Duration elapsed) {
			return new RunStats(initial, finished.get(), passed.get(), flaky.get(), failed.get(), timedOut.get(),
					crashed.get(), skipped.get(), notRun.get(), leaky.get(), elapsed);
		}
	}
}
