package dev.solo.engine.replay;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.MirrorDescriptor;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.ChildReport;
import dev.solo.engine.events.NotRun;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunEventSink;
import dev.solo.engine.events.TestOutcome;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apiguardian.api.API;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.TestAbortedException;

/**
 * Replays the run into the host's {@link EngineExecutionListener} (IDE, Surefire,
 * console-standalone) so it sees what it would have seen in-process, as it happens: a unit starts
 * in the host when its child JVM starts it, and what happens inside it is replayed as the child
 * reports it, when no retry can follow the attempt. A unit that may still be retried shows only
 * its start until its final attempt is known: a host cannot take back a result. A unit finishes
 * when its JVM is done, with Solo's entries and its output printed just before, so hosts that
 * attribute output by timing (Surefire) put it on the right test.
 *
 * <p>Its calls to the listener are made one at a time, whatever thread publishes the event.
 */
@API(status = INTERNAL, since = "0.1")
public final class JUnitReplay implements RunEventSink {
	private final EngineExecutionListener listener;
	private final Map<UniqueId, TestDescriptor> byId = new HashMap<>();
	private final Map<ForkUnit, LiveUnit> running = new HashMap<>();
	private final ContainersAbove containersAbove = new ContainersAbove(byId);
	private final boolean printOutput;
	private final JvmWarnings jvmWarnings = new JvmWarnings();
	/** Units that ended while a container of their class was open elsewhere wait there until it closes. */
	private final OneOpenPerClass classes = new OneOpenPerClass();
	private boolean draining;
	private ContainerLedger ledger;

	/**
	 * @param printOutput whether each test's output goes to the host's {@code System.out/err}
	 *        (off when the CLI shows output itself)
	 */
	public JUnitReplay(EngineExecutionListener listener, TestDescriptor root, boolean printOutput) {
		this.listener = listener;
		this.printOutput = printOutput;
		index(root);
	}

	private void index(TestDescriptor descriptor) {
		byId.put(descriptor.getUniqueId(), descriptor);
		descriptor.getChildren().forEach(this::index);
	}

	@Override
	public synchronized void on(RunEvent event) {
		if (event instanceof RunEvent.ChildReported reported) {
			childReported(reported);
		}
		else if (event instanceof RunEvent.TestStarted started) {
			running.computeIfAbsent(started.unit(), u -> new LiveUnit()).attemptStarted(started.attempt(),
					started.totalAttempts());
		}
		else if (event instanceof RunEvent.RunStarted started) {
			List<ForkUnit> all = new ArrayList<>(started.units());
			started.skipped().forEach(s -> all.add(s.unit()));
			ledger = new ContainerLedger(all);
			// said at once: a container holding only skipped units then opens and closes here,
			// instead of staying open across the whole run
			for (NotRun skipped : started.skipped()) {
				startParents(skipped.unit().descriptor());
				listener.executionSkipped(skipped.unit().descriptor(), skipped.reason());
				unitDone(skipped.unit());
			}
		}
		else if (event instanceof RunEvent.TestFinished finished) {
			LiveUnit state = running.get(finished.unit());
			if (!classes.holds(finished, state != null && state.started, ledger::isStarted)) {
				finish(finished);
			}
		}
		else if (event instanceof RunEvent.TestNotRun notRun) {
			startParents(notRun.unit().descriptor());
			listener.executionSkipped(notRun.unit().descriptor(), notRun.reason());
			unitDone(notRun.unit());
		}
		else if (event instanceof RunEvent.RunFinished) {
			classes.releaseAll().forEach(this::finish);
			running.forEach(this::abandon);
			running.clear();
			ledger.unfinished().stream()
					.sorted(Comparator.comparingInt((TestDescriptor d) -> d.getUniqueId().getSegments().size()).reversed())
					.forEach(this::finishContainer);
		}
	}

	private void finish(RunEvent.TestFinished finished) {
		containersAbove.record(finished.unit(), finished.outcome().last().report(), ledger);
		replay(finished.unit(), finished.outcome(), running.remove(finished.unit()));
		classes.finished(finished.unit().descriptor());
		unitDone(finished.unit());
	}

	/** Replays the units that waited for a container of their class to close, those that can go now. */
	private void drainWaiting() {
		if (draining) {
			return;
		}
		draining = true;
		try {
			for (Optional<RunEvent.TestFinished> next = classes.nextReleased(ledger::isStarted); next.isPresent();
					next = classes.nextReleased(ledger::isStarted)) {
				finish(next.get());
			}
		}
		finally {
			draining = false;
		}
	}

	/**
	 * An entry of a running child: its unit's start at once; on an attempt no retry can follow,
	 * everything inside the unit too. The unit's own end waits for its JVM's: only then are its
	 * result, its output and Solo's entries known.
	 */
	private void childReported(RunEvent.ChildReported reported) {
		LiveUnit state = running.get(reported.unit());
		if (state == null || state.attempt != reported.attempt()) {
			return;
		}
		MirrorDescriptor descriptor = reported.unit().descriptor();
		ChildReport.Entry entry = reported.entry();
		boolean self = entry.id().equals(descriptor.delegateId());
		if (!state.live) {
			if (self && entry instanceof ChildReport.Started) {
				startUnit(state, descriptor, true);
			}
			return;
		}
		state.replayed = reported.index() + 1;
		if (!RunEvent.ChildReported.sentLive(reported.unit(), entry)) {
			// Containers above the unit are judged with the whole report; the unit at its end.
			return;
		}
		startUnit(state, descriptor, true);
		if (!state.started) {
			return;
		}
		replayEntry(entry, descriptor, state.open);
	}

	private void startUnit(LiveUnit state, MirrorDescriptor descriptor, boolean mayWait) {
		if (!state.started) {
			if (mayWait && classes.blocked(descriptor, ledger::isStarted)) {
				// Replayed whole once the other container of its class has closed.
				state.live = false;
				return;
			}
			state.started = true;
			startParents(descriptor);
			listener.executionStarted(descriptor);
			classes.started(descriptor);
		}
	}

	/** A unit the run ended without an outcome for: the host saw it start, so it sees it end. */
	private void abandon(ForkUnit unit, LiveUnit state) {
		if (!state.started) {
			return;
		}
		TestExecutionResult ended = TestExecutionResult.aborted(
				new TestAbortedException("the run ended before this test finished"));
		while (!state.open.isEmpty()) {
			listener.executionFinished(state.open.pop(), ended);
		}
		listener.executionFinished(unit.descriptor(), ended);
	}

	private void replay(ForkUnit unit, TestOutcome outcome, LiveUnit state) {
		MirrorDescriptor descriptor = unit.descriptor();
		LiveUnit live = state == null ? new LiveUnit() : state;
		Attempt last = outcome.last();
		ChildReport report = last.report();
		UniqueId unitId = descriptor.delegateId();
		List<ChildReport.Entry> entries = report.entries();
		Optional<ChildReport.Skipped> skipped = report.skipped(unitId);
		if (!live.started) {
			boolean ownEvents = entries.stream().anyMatch(e -> e.id().hasPrefix(unitId));
			if (!ownEvents && containersAbove.carry(unit, report) && (last.status() == AttemptStatus.SKIPPED
					|| ((last.status() == AttemptStatus.FAILED || last.status() == AttemptStatus.ABORTED)
							&& last.failure().isPresent() && report.finished(unitId).isEmpty()
							&& !(last.failure().get() instanceof dev.solo.engine.failure.JvmDiedException)))) {
				// A container above the unit was skipped or failed in the child: reported with that container.
				return;
			}
			if (skipped.isPresent()) {
				startParents(descriptor);
				listener.executionSkipped(descriptor, skipped.get().reason());
				return;
			}
		}
		startUnit(live, descriptor, false);
		Deque<TestDescriptor> open = live.open;
		for (int i = live.replayedOf(last.number()); i < entries.size(); i++) {
			if (entries.get(i).id().hasPrefix(unitId)) {
				replayEntry(entries.get(i), descriptor, open);
			}
		}
		UnitEnd.publishSoloEntries(listener, descriptor, outcome);
		if (printOutput) {
			UnitEnd.printOutput(last, jvmWarnings);
		}
		if (last.status() == AttemptStatus.CRASHED || last.status() == AttemptStatus.TIMED_OUT
				|| last.status() == AttemptStatus.CANCELLED) {
			skipUnreached(descriptor, report, "not run: " + last.status().name().toLowerCase(java.util.Locale.ROOT)
					.replace('_', ' ') + " earlier in the same JVM");
		}
		while (!open.isEmpty()) {
			listener.executionFinished(open.pop(), TestExecutionResult.failed(last.failure()
					.orElseGet(() -> new AssertionError("the test JVM ended before this test finished"))));
		}
		// Skipped only on a retry, after an earlier attempt started it: a started test cannot be skipped.
		listener.executionFinished(descriptor, skipped.isPresent()
				? TestExecutionResult.aborted(new TestAbortedException(skipped.get().reason()))
				: UnitEnd.finalResult(outcome, report.finished(unitId)));
	}

	/** Under class isolation, tests after a crash in the same JVM never ran: say so, instead of losing them. */
	private void skipUnreached(TestDescriptor container, ChildReport report, String reason) {
		for (TestDescriptor child : container.getChildren()) {
			if (!(child instanceof MirrorDescriptor mirror)) {
				continue;
			}
			UniqueId id = mirror.delegateId();
			boolean reached = report.entries().stream().anyMatch(e -> e.id().hasPrefix(id));
			if (!reached) {
				listener.executionSkipped(child, reason);
			}
			else if (report.finished(id).isEmpty() && report.skipped(id).isEmpty()) {
				skipUnreached(child, report, reason);
			}
		}
	}

	private void replayEntry(ChildReport.Entry entry, MirrorDescriptor unit, Deque<TestDescriptor> open) {
		boolean self = entry.id().equals(unit.delegateId());
		if (entry instanceof ChildReport.Registered registered) {
			registerDynamic(registered, unit);
			return;
		}
		TestDescriptor target = byId.get(unit.soloIdOf(entry.id()));
		if (target == null) {
			return;
		}
		if (entry instanceof ChildReport.Started && !self) {
			listener.executionStarted(target);
			open.push(target);
		}
		else if (entry instanceof ChildReport.Skipped skipped && !self) {
			listener.executionSkipped(target, skipped.reason());
		}
		else if (entry instanceof ChildReport.Finished finished && !self) {
			open.remove(target);
			listener.executionFinished(target, finished.result());
		}
		else if (entry instanceof ChildReport.Published published) {
			listener.reportingEntryPublished(target, ReportEntry.from(published.values()));
		}
		else if (entry instanceof ChildReport.FilePublished file) {
			publishFile(target, file);
		}
	}

	private void registerDynamic(ChildReport.Registered registered, MirrorDescriptor unit) {
		UniqueId soloId = unit.soloIdOf(registered.id());
		if (byId.containsKey(soloId)) {
			return;
		}
		TestDescriptor parent = registered.parentId() == null ? null : byId.get(unit.soloIdOf(registered.parentId()));
		if (parent == null) {
			return;
		}
		String engineClass = parent instanceof MirrorDescriptor m ? m.engineClass() : null;
		Set<TestTag> tags = registered.tags().stream().filter(TestTag::isValid).map(TestTag::create)
				.collect(Collectors.toCollection(LinkedHashSet::new));
		MirrorDescriptor dynamic = new MirrorDescriptor(soloId, registered.id(), registered.displayName(),
				registered.legacyName(), registered.type(), registered.source(), tags, false, engineClass);
		parent.addChild(dynamic);
		byId.put(soloId, dynamic);
		listener.dynamicTestRegistered(dynamic);
	}

	private void publishFile(TestDescriptor target, ChildReport.FilePublished file) {
		FileEntries.publish(listener, target, java.nio.file.Paths.get(file.path()), file.mediaType());
	}

	private void unitDone(ForkUnit unit) {
		for (Optional<TestDescriptor> p = unit.descriptor().getParent(); p.isPresent(); p = p.get().getParent()) {
			if (!p.get().isRoot() && ledger.unitDone(p.get())) {
				finishContainer(p.get());
			}
		}
	}

	private void finishContainer(TestDescriptor container) {
		if (!ledger.markFinished(container)) {
			return;
		}
		Object outcome = ledger.outcome(container);
		if (ledger.isStarted(container)) {
			listener.executionFinished(container, outcome instanceof TestExecutionResult result ? result
					: TestExecutionResult.successful());
			classes.finished(container);
			drainWaiting();
		}
		else if (outcome instanceof String reason) {
			startParents(container);
			listener.executionSkipped(container, reason);
		}
		else if (outcome instanceof TestExecutionResult result) {
			startParents(container);
			listener.executionStarted(container);
			listener.executionFinished(container, result);
		}
	}

	private void startParents(TestDescriptor descriptor) {
		List<TestDescriptor> toStart = new ArrayList<>();
		for (Optional<TestDescriptor> p = descriptor.getParent(); p.isPresent(); p = p.get().getParent()) {
			if (ledger.isStarted(p.get())) {
				break;
			}
			toStart.add(0, p.get());
		}
		for (TestDescriptor container : toStart) {
			ledger.markStarted(container);
			listener.executionStarted(container);
			classes.started(container);
		}
	}
}
