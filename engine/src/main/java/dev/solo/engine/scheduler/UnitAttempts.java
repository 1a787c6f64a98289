package dev.solo.engine.scheduler;

import dev.solo.engine.config.Settings;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.TestOutcome;
import dev.solo.engine.fork.TestJvm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One unit's attempts on its slot: the first, then a retry after each failure its
 * {@code retries} covers ({@code retries.on}), after the back-off, until one passes, the count is
 * spent or the run terminates what runs; the outcome of them all.
 */
final class UnitAttempts {
	private final RunContext context;
	private final AttemptRunner attempts;
	private final CompletableFuture<Void> terminateRunning;

	UnitAttempts(RunContext context, AttemptRunner attempts, CompletableFuture<Void> terminateRunning) {
		this.context = context;
		this.attempts = attempts;
		this.terminateRunning = terminateRunning;
	}

	/** {@code prestarted}: the JVM started ahead for the first attempt, if one was. */
	TestOutcome run(ForkUnit unit, SlotTable.Grant slot, Optional<TestJvm> prestarted) throws InterruptedException {
		Settings settings = context.run(unit).settings();
		int total = settings.retries().count() + 1;
		List<Attempt> done = new ArrayList<>();
		for (int number = 1; number <= total; number++) {
			Attempt attempt = attempts.run(unit, number, total, slot, number == 1 ? prestarted : Optional.empty());
			done.add(attempt);
			if (!attempt.isFailure() || terminateRunning.isDone() || number == total
					|| !RetryConditions.retries(settings.retries().on(), attempt)) {
				break;
			}
			Duration delay = settings.retries().delayBefore(number + 1);
			context.events().on(new RunEvent.TestRetrying(unit, attempt, delay));
			if (!delay.isZero() && backedOffUntilTerminated(delay)) {
				break;
			}
		}
		return new TestOutcome(done, settings.flakyResult() == Settings.FlakyResult.FAIL);
	}

	/** Waits the back-off; whether the run terminated what runs meanwhile. */
	private boolean backedOffUntilTerminated(Duration delay) throws InterruptedException {
		try {
			terminateRunning.get(delay.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException e) {
			return false;
		}
		catch (ExecutionException e) {
			return true;
		}
	}
}
