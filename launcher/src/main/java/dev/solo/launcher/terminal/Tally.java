package dev.solo.launcher.terminal;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.events.NotRun;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.TestResult;
import dev.solo.engine.events.TestTally;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The run's numbers as the terminal shows them: in tests, as the engine's {@link TestTally}
 * counts them for every sink, where its {@code RunStats} counts units. "Starting N tests", the
 * {@code (i/N)} counter, the bar and the summary all count the same things; the JVMs running are
 * units.
 */
final class Tally {
	private final Set<ForkUnit> running = new HashSet<>();
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

	void attemptFinished(ForkUnit unit) {
		running.remove(unit);
	}

	List<TestResult> testFinished(RunEvent.TestFinished finished) {
		running.remove(finished.unit());
		return tests.finished(finished);
	}

	List<TestResult> testNotRun(ForkUnit unit, String reason) {
		running.remove(unit);
		return tests.notRun(unit, reason);
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
