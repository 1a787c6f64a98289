package dev.solo.launcher.terminal;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.MirrorDescriptor;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.ChildReport;
import dev.solo.engine.events.NotRun;
import dev.solo.engine.events.TestOutcome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;

/**
 * The run's numbers as the terminal shows them: in tests, where the engine's {@code RunStats}
 * counts units. A unit that holds several tests (a class under {@code isolation=class}, a runner
 * that cannot run one test alone) counts each of them, so "Starting N tests", the {@code (i/N)}
 * counter, the bar and the summary all count the same things; its tests' own results, which the
 * child reported, split it into passed, failed and skipped.
 */
final class Tally {
	private final Set<ForkUnit> running = new HashSet<>();
	/** Each unit's tests as discovery knew them: the tree grows dynamic tests as the run goes, the counts must not. */
	private final Map<ForkUnit, List<MirrorDescriptor>> known = new HashMap<>();
	private int total;
	private int done;
	private int passed;
	private int flaky;
	private int failed;
	private int timedOut;
	private int skipped;
	private int notRun;
	private int leaky;

	void runStarted(List<ForkUnit> units, List<NotRun> skippedUpFront) {
		units.forEach(unit -> known.put(unit, tests(unit.descriptor())));
		skippedUpFront.forEach(notRun -> known.put(notRun.unit(), tests(notRun.unit().descriptor())));
		total = units.stream().mapToInt(this::weight).sum();
		skipped += skippedUpFront.stream().mapToInt(notRun -> weight(notRun.unit())).sum();
	}

	/**
	 * The tests a unit stands for: those discovery knew of, and at least one, since a
	 * parameterized or dynamic container learns its tests only as it runs and is one line here.
	 */
	int weight(ForkUnit unit) {
		return Math.max(1, known(unit).size());
	}

	void testStarted(ForkUnit unit) {
		running.add(unit);
	}

	void attemptFinished(ForkUnit unit) {
		running.remove(unit);
	}

	void testFinished(ForkUnit unit, TestOutcome outcome) {
		running.remove(unit);
		done += weight(unit);
		Attempt last = outcome.last();
		Split split = split(known(unit), outcome);
		passed += split.passed();
		failed += split.failed();
		skipped += split.skipped();
		notRun += split.notRun();
		if (outcome.isFlaky()) {
			flaky += Math.max(1, failedFirst(known(unit), outcome));
		}
		if (outcome.isFailure() && last.status() == AttemptStatus.TIMED_OUT) {
			timedOut += split.failed();
		}
		if (last.leaked()) {
			leaky += Math.max(1, split.passed());
		}
	}

	void testNotRun(ForkUnit unit) {
		running.remove(unit);
		done += weight(unit);
		notRun += weight(unit);
	}

	int total() {
		return total;
	}

	int done() {
		return done;
	}

	/** Units, not tests: each is one JVM, and runs one test at a time. */
	int running() {
		return running.size();
	}

	int passed() {
		return passed;
	}

	int flaky() {
		return flaky;
	}

	int failed() {
		return failed;
	}

	int timedOut() {
		return timedOut;
	}

	int skipped() {
		return skipped;
	}

	int notRun() {
		return notRun;
	}

	int leaky() {
		return leaky;
	}

	/** How many of a unit's tests passed, failed, were skipped or never ran. */
	private record Split(int passed, int failed, int skipped, int notRun) {
	}

	private List<MirrorDescriptor> known(ForkUnit unit) {
		return known.computeIfAbsent(unit, u -> tests(u.descriptor()));
	}

	private static Split split(List<MirrorDescriptor> tests, TestOutcome outcome) {
		Attempt last = outcome.last();
		if (tests.size() <= 1) {
			// One test, or a container whose tests only the run knows: the unit's verdict is the test's.
			if (outcome.isFailure()) {
				return new Split(0, 1, 0, 0);
			}
			return last.status() == AttemptStatus.PASSED ? new Split(1, 0, 0, 0)
					: last.status() == AttemptStatus.CANCELLED ? new Split(0, 0, 0, 1) : new Split(0, 0, 1, 0);
		}
		int passed = 0;
		int failed = 0;
		int skipped = 0;
		int notRun = 0;
		for (MirrorDescriptor test : tests) {
			Optional<TestExecutionResult.Status> result = result(last.report(), test);
			if (result.isPresent()) {
				switch (result.get()) {
					case SUCCESSFUL -> passed++;
					case FAILED -> failed++;
					case ABORTED -> skipped++;
				}
			}
			else if (last.report().started(test.delegateId())) {
				failed++; // its JVM died, or was killed, while it ran
			}
			else if (last.status() == AttemptStatus.CANCELLED) {
				notRun++;
			}
			else {
				skipped++; // never reached: what went before it in the same JVM ended the JVM, or skipped its class
			}
		}
		if (outcome.isFailure() && failed == 0) {
			// The unit failed as a whole (its class's set-up, flaky-result=fail): one of its tests carries that.
			failed = 1;
			if (passed > 0) {
				passed--;
			}
			else if (skipped > 0) {
				skipped--;
			}
			else {
				notRun--;
			}
		}
		return new Split(passed, failed, skipped, notRun);
	}

	/** Of a flaky unit's tests, those that did not pass at first. */
	private static int failedFirst(List<MirrorDescriptor> tests, TestOutcome outcome) {
		ChildReport first = outcome.attempts().get(0).report();
		return (int) tests.stream()
				.filter(test -> result(first, test).filter(TestExecutionResult.Status.SUCCESSFUL::equals).isEmpty())
				.count();
	}

	/** What the child reported for one test: finished with a result, or skipped (as JUnit's aborted). */
	private static Optional<TestExecutionResult.Status> result(ChildReport report, MirrorDescriptor test) {
		Optional<TestExecutionResult.Status> finished = report.finished(test.delegateId()).map(f -> f.result().getStatus());
		if (finished.isPresent()) {
			return finished;
		}
		return report.skipped(test.delegateId()).map(s -> TestExecutionResult.Status.ABORTED);
	}

	/** The tests discovery found under a unit, as {@link ForkUnit#testCount()} counts them. */
	private static List<MirrorDescriptor> tests(TestDescriptor root) {
		List<MirrorDescriptor> tests = new ArrayList<>();
		if (root.isTest() && root instanceof MirrorDescriptor mirror) {
			tests.add(mirror);
		}
		for (TestDescriptor child : root.getChildren()) {
			tests.addAll(tests(child));
		}
		return tests;
	}
}
