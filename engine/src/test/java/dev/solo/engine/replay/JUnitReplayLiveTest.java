package dev.solo.engine.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.engine.config.Isolation;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.MirrorDescriptor;
import dev.solo.engine.discovery.SoloIds;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.CapturedOutput;
import dev.solo.engine.events.ChildReport;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunStats;
import dev.solo.engine.events.TestOutcome;
import dev.solo.engine.failure.JvmDiedException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/**
 * The host hears of a test as its child JVM reports it, and still sees a valid tree: every start
 * finished once, parents around children, one call at a time, whatever threads publish the events.
 */
class JUnitReplayLiveTest {
	private final EngineDescriptor root = new EngineDescriptor(UniqueId.forEngine("solo"), "Solo");
	private final MirrorDescriptor engine = mirror(null, "[engine:junit-jupiter]", TestDescriptor.Type.CONTAINER);
	private final Checker host = new Checker();

	@Test
	void aTestStartsWhenItsChildStartsItAndFinishesWhenItsJvmIsDone() {
		MirrorDescriptor a = testClass("A", 1);
		List<ForkUnit> units = ForkUnit.collect(root, Isolation.TEST);
		ForkUnit one = units.get(0);
		JUnitReplay replay = start(units);
		ChildReport report = new ChildReport();
		replay.on(new RunEvent.TestStarted(one, 1, 1));
		assertEquals(List.of(), host.events);
		live(replay, one, 1, report, new ChildReport.Started(engine.delegateId()),
				new ChildReport.Started(a.delegateId()), new ChildReport.Started(one.descriptor().delegateId()));
		assertEquals(List.of("started junit-jupiter", "started A", "started m0()"), host.events);
		live(replay, one, 1, report, new ChildReport.Published(one.descriptor().delegateId(), java.util.Map.of("k", "v")),
				new ChildReport.Finished(one.descriptor().delegateId(), TestExecutionResult.successful()));
		// the result waits for the JVM: its output, leaks and exit are part of it
		assertEquals(List.of("started junit-jupiter", "started A", "started m0()", "entry m0() k"), host.events);
		replay.on(finished(one, attempt(1, 1, AttemptStatus.PASSED, report, Optional.empty())));
		replay.on(new RunEvent.RunFinished(stats(), false));
		assertEquals(List.of("started junit-jupiter", "started A", "started m0()", "entry m0() k",
				"finished m0() SUCCESSFUL", "finished A SUCCESSFUL", "finished junit-jupiter SUCCESSFUL"), host.events);
		host.assertValid();
	}

	@Test
	void aUnitThatMayBeRetriedShowsOnlyItsStartUntilItsFinalAttempt() {
		MirrorDescriptor a = testClass("A", 2);
		List<ForkUnit> units = ForkUnit.collect(root, Isolation.CLASS);
		ForkUnit whole = units.get(0);
		UniqueId m0 = a.getChildren().iterator().next().getUniqueId();
		UniqueId first = delegate(m0);
		UniqueId second = delegate(a.getChildren().stream().skip(1).findFirst().orElseThrow().getUniqueId());
		JUnitReplay replay = start(units);
		replay.on(new RunEvent.TestStarted(whole, 1, 2));
		ChildReport failedReport = new ChildReport();
		live(replay, whole, 1, failedReport, new ChildReport.Started(engine.delegateId()),
				new ChildReport.Started(a.delegateId()), new ChildReport.Started(first),
				new ChildReport.Finished(first, TestExecutionResult.failed(new AssertionError("flaky"))));
		assertEquals(List.of("started junit-jupiter", "started A"), host.events);
		Attempt failed = attempt(1, 2, AttemptStatus.FAILED, failedReport, Optional.of(new AssertionError("flaky")));
		replay.on(new RunEvent.TestRetrying(whole, failed, Duration.ZERO));
		replay.on(new RunEvent.TestStarted(whole, 2, 2));
		ChildReport report = new ChildReport();
		live(replay, whole, 2, report, new ChildReport.Started(engine.delegateId()),
				new ChildReport.Started(a.delegateId()), new ChildReport.Started(first),
				new ChildReport.Finished(first, TestExecutionResult.successful()), new ChildReport.Started(second));
		// a late entry of the first attempt, after its JVM was judged, says nothing now
		replay.on(new RunEvent.ChildReported(whole, 1, new ChildReport.Started(second), failedReport.entries().size()));
		assertEquals(List.of("started junit-jupiter", "started A", "started m0()", "finished m0() SUCCESSFUL",
				"started m1()"), host.events);
		report.add(new ChildReport.Finished(second, TestExecutionResult.successful()));
		report.add(new ChildReport.Finished(a.delegateId(), TestExecutionResult.successful()));
		replay.on(new RunEvent.TestFinished(whole, new TestOutcome(List.of(failed,
				attempt(2, 2, AttemptStatus.PASSED, report, Optional.empty())), false)));
		replay.on(new RunEvent.RunFinished(stats(), false));
		assertEquals(List.of("started junit-jupiter", "started A", "started m0()", "finished m0() SUCCESSFUL",
				"started m1()", "finished m1() SUCCESSFUL", "entry A solo.attempt.1", "entry A solo.flaky",
				"finished A SUCCESSFUL", "finished junit-jupiter SUCCESSFUL"), host.events);
		host.assertValid();
	}

	@Test
	void aCrashFinishesWhatTheHostSawStartAndSkipsWhatItNeverReached() {
		MirrorDescriptor a = testClass("A", 2);
		List<ForkUnit> units = ForkUnit.collect(root, Isolation.CLASS);
		ForkUnit whole = units.get(0);
		JUnitReplay replay = start(units);
		replay.on(new RunEvent.TestStarted(whole, 1, 1));
		ChildReport report = new ChildReport();
		live(replay, whole, 1, report, new ChildReport.Started(engine.delegateId()),
				new ChildReport.Started(a.delegateId()),
				new ChildReport.Started(delegate(a.getChildren().iterator().next().getUniqueId())));
		replay.on(finished(whole, attempt(1, 1, AttemptStatus.CRASHED, report,
				Optional.of(new JvmDiedException("JVM exited with code 3")))));
		replay.on(new RunEvent.RunFinished(stats(), false));
		assertEquals(List.of("started junit-jupiter", "started A", "started m0()",
				"skipped m1(): not run: crashed earlier in the same JVM", "finished m0() FAILED", "finished A FAILED",
				"finished junit-jupiter SUCCESSFUL"), host.events);
		host.assertValid();
	}

	@Test
	void aTestTheRunEndsWithoutAnOutcomeForIsFinishedAborted() {
		testClass("A", 1);
		List<ForkUnit> units = ForkUnit.collect(root, Isolation.TEST);
		JUnitReplay replay = start(units);
		replay.on(new RunEvent.TestStarted(units.get(0), 1, 1));
		live(replay, units.get(0), 1, new ChildReport(), new ChildReport.Started(units.get(0).descriptor().delegateId()));
		replay.on(new RunEvent.RunFinished(stats(), true));
		assertEquals(List.of("started junit-jupiter", "started A", "started m0()", "finished m0() ABORTED",
				"finished A SUCCESSFUL", "finished junit-jupiter SUCCESSFUL"), host.events);
		host.assertValid();
	}

	@Test
	void concurrentUnitsArePairedNestedAndReplayedOneCallAtATime() throws Exception {
		for (int c = 0; c < 6; c++) {
			testClass("C" + c, 8);
		}
		List<ForkUnit> units = ForkUnit.collect(root, Isolation.TEST);
		JUnitReplay replay = start(units);
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> runs = new ArrayList<>();
			for (int i = 0; i < units.size(); i++) {
				ForkUnit unit = units.get(i);
				int kind = i % 4;
				runs.add(threads.submit(() -> {
					runUnit(replay, unit, kind);
					return null;
				}));
			}
			for (Future<?> run : runs) {
				run.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}
		replay.on(new RunEvent.RunFinished(stats(), false));
		host.assertValid();
		assertEquals(1, host.mostAtOnce.get(), "calls to the listener overlapped");
		for (ForkUnit unit : units) {
			assertTrue(host.finished.contains(unit.descriptor()) || host.skipped.contains(unit.descriptor()),
					() -> unit + " never ended: " + host.events);
		}
		for (TestDescriptor container : engine.getChildren()) {
			assertTrue(host.finished.contains(container), () -> container + " never finished");
		}
		assertTrue(host.finished.contains(engine));
	}

	/** One unit as a scheduler thread and its child's reader thread would publish it: passing, retried, crashing, skipped. */
	private void runUnit(JUnitReplay replay, ForkUnit unit, int kind) throws InterruptedException {
		UniqueId id = unit.descriptor().delegateId();
		UniqueId classId = ((MirrorDescriptor) unit.descriptor().getParent().orElseThrow()).delegateId();
		int total = kind == 1 ? 2 : 1;
		List<Attempt> attempts = new ArrayList<>();
		for (int number = 1; number <= total; number++) {
			replay.on(new RunEvent.TestStarted(unit, number, total));
			ChildReport report = new ChildReport();
			live(replay, unit, number, report, new ChildReport.Started(engine.delegateId()),
					new ChildReport.Started(classId));
			if (kind == 3) {
				live(replay, unit, number, report, new ChildReport.Skipped(id, "disabled in the child"));
			}
			else {
				live(replay, unit, number, report, new ChildReport.Started(id));
			}
			Thread.sleep(ThreadLocalRandom.current().nextInt(3));
			boolean fails = kind == 1 && number == 1;
			if (kind == 2) {
				attempts.add(attempt(number, total, AttemptStatus.CRASHED, report,
						Optional.of(new JvmDiedException("JVM exited with code 3"))));
				break;
			}
			if (kind != 3) {
				live(replay, unit, number, report, new ChildReport.Finished(id, fails
						? TestExecutionResult.failed(new AssertionError("once")) : TestExecutionResult.successful()));
			}
			live(replay, unit, number, report, new ChildReport.Finished(classId, TestExecutionResult.successful()),
					new ChildReport.Finished(engine.delegateId(), TestExecutionResult.successful()));
			attempts.add(attempt(number, total, fails ? AttemptStatus.FAILED : kind == 3 ? AttemptStatus.SKIPPED
					: AttemptStatus.PASSED, report, fails ? Optional.of(new AssertionError("once")) : Optional.empty()));
		}
		replay.on(new RunEvent.TestFinished(unit, new TestOutcome(attempts, false)));
		// what a killed child's reader still had in hand
		replay.on(new RunEvent.ChildReported(unit, total, new ChildReport.Started(id), attempts.get(attempts.size() - 1)
				.report().entries().size()));
	}

	/** Adds entries to the report and publishes those the scheduler publishes, as it does. */
	private static void live(JUnitReplay replay, ForkUnit unit, int attempt, ChildReport report,
			ChildReport.Entry... entries) {
		for (ChildReport.Entry entry : entries) {
			report.add(entry);
			if (RunEvent.ChildReported.sentLive(unit, entry)) {
				replay.on(new RunEvent.ChildReported(unit, attempt, entry, report.entries().size() - 1));
			}
		}
	}

	private JUnitReplay start(List<ForkUnit> units) {
		JUnitReplay replay = new JUnitReplay(host, root, false);
		replay.on(new RunEvent.RunStarted(UUID.randomUUID(), "default", units, 2));
		return replay;
	}

	private MirrorDescriptor testClass(String name, int tests) {
		UniqueId classId = engine.delegateId().append("class", name);
		MirrorDescriptor cls = new MirrorDescriptor(SoloIds.toSolo(classId), classId, name, name,
				TestDescriptor.Type.CONTAINER, ClassSource.from(name), Set.of(), false, "engine");
		engine.addChild(cls);
		for (int i = 0; i < tests; i++) {
			mirror(cls, classId.append("method", "m" + i + "()").toString(), TestDescriptor.Type.TEST);
		}
		return cls;
	}

	private static UniqueId delegate(UniqueId soloId) {
		return UniqueId.parse(soloId.toString().substring("[engine:solo]/".length()));
	}

	private static RunEvent finished(ForkUnit unit, Attempt attempt) {
		return new RunEvent.TestFinished(unit, new TestOutcome(List.of(attempt), false));
	}

	private static Attempt attempt(int number, int total, AttemptStatus status, ChildReport report,
			Optional<Throwable> failure) {
		return new Attempt(number, total, status, Duration.ofMillis(5), failure, report, CapturedOutput.EMPTY,
				CapturedOutput.EMPTY, Optional.empty(), List.of(), false, 1, Optional.of(0), List.of(), List.of());
	}

	private static RunStats stats() {
		return new RunStats(1, 1, 1, 0, 0, 0, 0, 0, 0, 0, Duration.ZERO);
	}

	private MirrorDescriptor mirror(MirrorDescriptor parent, String delegateId, TestDescriptor.Type type) {
		UniqueId id = UniqueId.parse(delegateId);
		String name = id.getLastSegment().getValue();
		MirrorDescriptor descriptor = new MirrorDescriptor(SoloIds.toSolo(id), id, name, name, type, null, Set.of(),
				false, "engine");
		(parent == null ? (TestDescriptor) root : parent).addChild(descriptor);
		return descriptor;
	}

	/** A host that checks every call against the Platform's rules, and whether two calls ever overlapped. */
	private final class Checker implements EngineExecutionListener {
		final List<String> events = Collections.synchronizedList(new ArrayList<>());
		final List<String> violations = Collections.synchronizedList(new ArrayList<>());
		final Set<TestDescriptor> started = Collections.synchronizedSet(new HashSet<>());
		final Set<TestDescriptor> finished = Collections.synchronizedSet(new HashSet<>());
		final Set<TestDescriptor> skipped = Collections.synchronizedSet(new HashSet<>());
		final AtomicInteger inFlight = new AtomicInteger();
		final AtomicInteger mostAtOnce = new AtomicInteger();

		@Override
		public void executionStarted(TestDescriptor descriptor) {
			enter();
			checkParentOpen(descriptor, "started");
			if (!started.add(descriptor) || skipped.contains(descriptor)) {
				violations.add("started twice or after a skip: " + descriptor.getUniqueId());
			}
			record("started " + descriptor.getDisplayName());
		}

		@Override
		public void executionSkipped(TestDescriptor descriptor, String reason) {
			enter();
			checkParentOpen(descriptor, "skipped");
			if (started.contains(descriptor) || !skipped.add(descriptor)) {
				violations.add("skipped after a start or twice: " + descriptor.getUniqueId());
			}
			record("skipped " + descriptor.getDisplayName() + ": " + reason);
		}

		@Override
		public void executionFinished(TestDescriptor descriptor, TestExecutionResult result) {
			enter();
			if (!started.contains(descriptor) || !finished.add(descriptor)) {
				violations.add("finished without a start, or twice: " + descriptor.getUniqueId());
			}
			for (TestDescriptor child : descriptor.getChildren()) {
				if (started.contains(child) && !finished.contains(child)) {
					violations.add("finished before its child " + child.getUniqueId() + ": " + descriptor.getUniqueId());
				}
			}
			record("finished " + descriptor.getDisplayName() + " " + result.getStatus());
		}

		@Override
		public void reportingEntryPublished(TestDescriptor descriptor, ReportEntry entry) {
			enter();
			if (!started.contains(descriptor) || finished.contains(descriptor)) {
				violations.add("entry outside its test's run: " + descriptor.getUniqueId());
			}
			record("entry " + descriptor.getDisplayName() + " " + String.join(",", entry.getKeyValuePairs().keySet()));
		}

		private void checkParentOpen(TestDescriptor descriptor, String what) {
			Optional<TestDescriptor> parent = descriptor.getParent();
			if (parent.isPresent() && parent.get() != root
					&& (!started.contains(parent.get()) || finished.contains(parent.get()))) {
				violations.add(what + " outside its parent's run: " + descriptor.getUniqueId());
			}
		}

		private void enter() {
			mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
			// widen the window in which an unserialized caller would overlap
			Thread.onSpinWait();
		}

		private void record(String event) {
			events.add(event);
			inFlight.decrementAndGet();
		}

		void assertValid() {
			assertTrue(violations.isEmpty(), () -> violations + "\n" + String.join("\n", events));
			Set<TestDescriptor> open = new HashSet<>(started);
			open.removeAll(finished);
			assertTrue(open.isEmpty(), () -> "never finished: " + open + "\n" + String.join("\n", events));
		}
	}
}
