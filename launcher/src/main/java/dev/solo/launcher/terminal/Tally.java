package dev.solo.launcher.terminal;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.events.NotRun;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.TestResult;
import dev.solo.engine.events.TestTally;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The run's numbers as the terminal shows them: in tests, as the engine's {@link TestTally}
 * counts them for every sink, where its {@code RunStats} counts units. "Starting N tests", the
 * {@code (i/N)} counter, the bar and the summary all count the same things; the JVMs running are
 * units.
 */
final class Tally {
	private final Set<ForkUnit> running = new HashSet<>();
	/** Running units past the slow timeout: their names as the terminal writes them, and since when (nanoTime). */
	private final Map<ForkUnit, Slow> slow = new HashMap<>();

	/** The longest-running test past the slow timeout, as the progress line names it. */
	record Slow(String name, long sinceNanos) {
		Duration elapsed(long nowNanos) {
			return Duration.ofNanos(Math.max(0, nowNanos - sinceNanos));
		}
	}
	private final TestTally tests = new TestTally();

	void runStarted(List<ForkUnit> units, List<NotRun> skippedUpFront) {
		tests.runStarted(units, skippedUpFront);
	}

	int weight(ForkUnit unit) {
		return tests.weight(unit);
	}

	void testStarted(ForkUnit unit) {
		running.add(unit);
	}

	/** {@code unit}, named {@code name}, has run for {@code elapsed} as of {@code nowNanos}: past the slow timeout. */
	void testSlow(ForkUnit unit, String name, Duration elapsed, long nowNanos) {
		slow.putIfAbsent(unit, new Slow(name, nowNanos - elapsed.toNanos()));
	}

	void attemptFinished(ForkUnit unit) {
		running.remove(unit);
		slow.remove(unit);
	}

	List<TestResult> testFinished(RunEvent.TestFinished finished) {
		running.remove(finished.unit());
		slow.remove(finished.unit());
		return tests.finished(finished);
	}

	List<TestResult> testNotRun(ForkUnit unit, String reason) {
		running.remove(unit);
		slow.remove(unit);
		return tests.notRun(unit, reason);
	}

	/** The running test that started first of those past the slow timeout, if any. */
	Optional<Slow> slowest() {
		return slow.values().stream().min(Comparator.comparingLong(Slow::sinceNanos));
	}

	int total() {
		return tests.total();
	}

	int done() {
		return tests.done();
	}

	/** Tests that ran to a verdict, passed or failed: what "N tests run" counts. */
	int ran() {
		return tests.ran();
	}

	/** Units, not tests: each is one JVM, and runs one test at a time. */
	int running() {
		return running.size();
	}

	int passed() {
		return tests.passed();
	}

	int flaky() {
		return tests.flaky();
	}

	int failed() {
		return tests.failed();
	}

	int timedOut() {
		return tests.timedOut();
	}

	int skipped() {
		return tests.skipped();
	}

	int notRun() {
		return tests.notRun();
	}

	int leaky() {
		return tests.leaky();
	}
}
