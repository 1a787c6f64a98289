package dev.solo.engine.scheduler;

import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.RunStats;
import dev.solo.engine.events.TestOutcome;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** Tallies for the summary, updated from worker threads. */
final class Counts {
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

	/** {@code skippedUpFront}: units that were never meant to run count as skipped, never as not run. */
	RunStats stats(int initial, int skippedUpFront, Duration elapsed) {
		return new RunStats(initial, finished.get(), passed.get(), flaky.get(), failed.get(), timedOut.get(),
				crashed.get(), skipped.get() + skippedUpFront, notRun.get(), leaky.get(), elapsed);
	}
}
