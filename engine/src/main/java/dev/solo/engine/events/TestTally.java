package dev.solo.engine.events;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.discovery.ForkUnit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apiguardian.api.API;

/**
 * A run's numbers in tests, as JUnit counts them, where the engine's {@link RunStats} counts
 * units: what the terminal's summary, the JSON events and the store's record all say, so that
 * they agree. Fed the run's events in order; not thread-safe (each sink has its own).
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class TestTally {
	/** Each unit's tests as discovery knew them: the tree grows dynamic tests as the run goes, the weights must not. */
	private final Map<ForkUnit, Integer> known = new HashMap<>();
	private int total;
	private int done;
	private int passed;
	private int flaky;
	private int failed;
	private int timedOut;
	private int skipped;
	private int notRun;
	private int leaky;

	/** The tests known to run, and those skipped up front (counted as skipped, never run). */
	public void runStarted(List<ForkUnit> units, List<NotRun> skippedUpFront) {
		units.forEach(unit -> known.put(unit, UnitTests.known(unit)));
		skippedUpFront.forEach(notRun -> known.put(notRun.unit(), UnitTests.known(notRun.unit())));
		total = units.stream().mapToInt(this::weight).sum();
		skipped += skippedUpFront.stream().mapToInt(notRun -> weight(notRun.unit())).sum();
	}

	/** The tests discovery knew in a unit, at least one: a unit's invocations and dynamic tests come when it runs. */
	public int weight(ForkUnit unit) {
		return known.computeIfAbsent(unit, UnitTests::known);
	}

	/** Counts a finished unit's tests; the total grows by the tests it registered as it ran. */
	public List<TestResult> finished(RunEvent.TestFinished finished) {
		ForkUnit unit = finished.unit();
		TestOutcome outcome = finished.outcome();
		List<TestResult> results = finished.tests();
		total += results.size() - weight(unit);
		done += results.size();
		int unitPassed = 0;
		int unitFailed = 0;
		for (TestResult result : results) {
			switch (result.status()) {
				case PASSED -> unitPassed++;
				case FAILED -> unitFailed++;
				case SKIPPED -> skipped++;
				case NOT_RUN -> notRun++;
			}
			if (result.flaky()) {
				flaky++;
			}
		}
		passed += unitPassed;
		failed += unitFailed;
		Attempt last = outcome.last();
		if (outcome.isFailure() && last.status() == AttemptStatus.TIMED_OUT) {
			timedOut += unitFailed;
		}
		if (last.leaked()) {
			leaky += Math.max(1, unitPassed);
		}
		return results;
	}

	/** Counts a unit that never started (cancelled, held back by fail-fast): each of its known tests did not run. */
	public List<TestResult> notRun(ForkUnit unit, String reason) {
		List<TestResult> results = UnitTests.notRun(unit, reason, TestResult.Status.NOT_RUN);
		done += results.size();
		notRun += results.size();
		return results;
	}

	/** The tests of the run so far: those known at the start, and those units registered as they ran. */
	public int total() {
		return total;
	}

	/** The tests counted so far, ran or not. */
	public int done() {
		return done;
	}

	/** The tests that ran to a verdict: passed or failed; skipped ones are said apart, as nextest does. */
	public int ran() {
		return passed + failed;
	}

	public int passed() {
		return passed;
	}

	public int flaky() {
		return flaky;
	}

	public int failed() {
		return failed;
	}

	public int timedOut() {
		return timedOut;
	}

	public int skipped() {
		return skipped;
	}

	public int notRun() {
		return notRun;
	}

	public int leaky() {
		return leaky;
	}
}
