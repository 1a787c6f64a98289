package dev.solo.engine.report;

import dev.solo.engine.PerTestIsolationException;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.MirrorDescriptor;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.CapturedOutput;
import dev.solo.engine.events.ChildReport;
import dev.solo.engine.events.NotRun;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunEventSink;
import dev.solo.engine.events.TestOutcome;

import java.io.PrintStream;

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

import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.reporting.FileEntry;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * Replays the run into the host's {@link EngineExecutionListener} (IDE, Surefire,
 * console-standalone) so it sees what it would have seen in-process. Each unit is replayed in
 * one piece when it ends, its output printed between its start and its finish, so hosts that
 * attribute output by timing (Surefire) put it on the right test.
 */
public final class JUnitReplay implements RunEventSink {
	private final EngineExecutionListener listener;
	private final Map<UniqueId, TestDescriptor> byId = new HashMap<>();
	private final boolean printOutput;
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
	public void on(RunEvent event) {
		if (event instanceof RunEvent.RunStarted started) {
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
			recordContainerOutcomes(finished.unit(), finished.outcome().last().report());
			replay(finished.unit(), finished.outcome());
			unitDone(finished.unit());
		}
		else if (event instanceof RunEvent.TestNotRun notRun) {
			startParents(notRun.unit().descriptor());
			listener.executionSkipped(notRun.unit().descriptor(), notRun.reason());
			unitDone(notRun.unit());
		}
		else if (event instanceof RunEvent.RunFinished) {
			ledger.unfinished().stream()
					.sorted(Comparator.comparingInt((TestDescriptor d) -> d.getUniqueId().getSegments().size()).reversed())
					.forEach(this::finishContainer);
		}
	}

	private void recordContainerOutcomes(ForkUnit unit, ChildReport report) {
		UniqueId unitId = unit.descriptor().delegateId();
		for (ChildReport.Entry entry : report.entries()) {
			if (entry.id().equals(unitId) || !unitId.hasPrefix(entry.id())) {
				continue;
			}
			TestDescriptor container = byId.get(unit.descriptor().soloIdOf(entry.id()));
			if (container == null) {
				continue;
			}
			if (entry instanceof ChildReport.Skipped skipped) {
				ledger.record(container, skipped.reason());
			}
			else if (entry instanceof ChildReport.Finished done
					&& done.result().getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
				ledger.record(container, explainTeardown(container, unit, report, done.result()));
			}
		}
	}

	/**
	 * A class that failed after its test ran, in a JVM that ran only that test, failed in its
	 * class-level teardown: say that per-test isolation is why, and how to run it whole.
	 */
	private static TestExecutionResult explainTeardown(TestDescriptor container, ForkUnit unit, ChildReport report,
			TestExecutionResult result) {
		Optional<ClassSource> source = container.getSource().filter(ClassSource.class::isInstance)
				.map(ClassSource.class::cast);
		if (source.isEmpty() || unit.wholeReason().isPresent() || result.getStatus() != TestExecutionResult.Status.FAILED
				|| result.getThrowable().isEmpty() || !report.started(unit.descriptor().delegateId())) {
			return result;
		}
		return TestExecutionResult.failed(new PerTestIsolationException(source.get().getClassName(), unit.name(),
				result.getThrowable().get()));
	}

	private void replay(ForkUnit unit, TestOutcome outcome) {
		MirrorDescriptor descriptor = unit.descriptor();
		Attempt last = outcome.last();
		ChildReport report = last.report();
		UniqueId unitId = descriptor.delegateId();
		boolean ownEvents = report.entries().stream().anyMatch(e -> e.id().hasPrefix(unitId));
		if (!ownEvents && carriedByContainer(unit, report) && (last.status() == AttemptStatus.SKIPPED
				|| ((last.status() == AttemptStatus.FAILED || last.status() == AttemptStatus.ABORTED)
						&& last.failure().isPresent() && report.finished(unitId).isEmpty()
						&& !(last.failure().get() instanceof dev.solo.engine.JvmDiedException)))) {
			// A container above the unit was skipped or failed in the child: reported with that container.
			return;
		}
		Optional<ChildReport.Skipped> skipped = report.skipped(unitId);
		if (skipped.isPresent()) {
			startParents(descriptor);
			listener.executionSkipped(descriptor, skipped.get().reason());
			return;
		}
		startParents(descriptor);
		listener.executionStarted(descriptor);
		publishSoloEntries(descriptor, outcome);
		Deque<TestDescriptor> open = new ArrayDeque<>();
		for (ChildReport.Entry entry : report.entries()) {
			if (!entry.id().hasPrefix(unitId)) {
				continue;
			}
			replayEntry(entry, descriptor, open);
		}
		if (printOutput) {
			printOutput(last);
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
		listener.executionFinished(descriptor, finalResult(outcome, report.finished(unitId)));
	}

	/**
	 * Whether a container of the host's tree above the unit was skipped or failed in the child,
	 * and so reports why the unit did not run. A delegate engine's own root is in no host tree:
	 * when that failed, the unit reports it.
	 */
	private boolean carriedByContainer(ForkUnit unit, ChildReport report) {
		UniqueId unitId = unit.descriptor().delegateId();
		return report.entries().stream()
				.filter(e -> !e.id().equals(unitId) && unitId.hasPrefix(e.id()))
				.filter(e -> byId.containsKey(unit.descriptor().soloIdOf(e.id())))
				.anyMatch(e -> e instanceof ChildReport.Skipped || (e instanceof ChildReport.Finished done
						&& done.result().getStatus() != TestExecutionResult.Status.SUCCESSFUL));
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
		try {
			listener.fileEntryPublished(target, FileEntry.from(java.nio.file.Paths.get(file.path()), file.mediaType()));
		}
		catch (LinkageError olderPlatform) {
			// Platform before 1.12 has no file entries.
		}
	}

	/** Earlier attempts, slowness and leaks become report entries: the host has no words for them. */
	private void publishSoloEntries(TestDescriptor descriptor, TestOutcome outcome) {
		List<Attempt> attempts = outcome.attempts();
		for (Attempt attempt : attempts) {
			for (java.time.Duration slow : attempt.slowReports()) {
				listener.reportingEntryPublished(descriptor, ReportEntry.from("solo.slow",
						"SLOW: still running after " + seconds(slow) + " (attempt " + attempt.number() + ")"));
			}
		}
		for (Attempt earlier : attempts.subList(0, attempts.size() - 1)) {
			listener.reportingEntryPublished(descriptor, ReportEntry.from("solo.attempt." + earlier.number(),
					"TRY " + earlier.number() + " " + earlier.status() + " [" + seconds(earlier.duration()) + "]"
							+ earlier.failure().map(f -> ": " + f).orElse("")));
		}
		if (outcome.isFlaky()) {
			listener.reportingEntryPublished(descriptor, ReportEntry.from("solo.flaky",
					"FLAKY: passed on attempt " + outcome.last().number() + " of " + outcome.last().totalAttempts()));
		}
		Attempt last = outcome.last();
		if (last.leaked()) {
			listener.reportingEntryPublished(descriptor,
					ReportEntry.from("solo.leak", "LEAK: " + String.join("; ", last.leakedProcesses())));
		}
	}

	private static TestExecutionResult finalResult(TestOutcome outcome, Optional<ChildReport.Finished> reported) {
		Attempt last = outcome.last();
		if (outcome.isFlaky() && outcome.flakyFails()) {
			return TestExecutionResult.failed(new AssertionError("FLAKY: failed " + (outcome.attempts().size() - 1)
					+ " time(s) before passing, and flaky-result = fail"));
		}
		if (last.status() == AttemptStatus.CANCELLED) {
			return TestExecutionResult.aborted(last.failure().orElse(null));
		}
		if (last.status() == AttemptStatus.PASSED) {
			return TestExecutionResult.successful();
		}
		if (reported.isPresent() && reported.get().result().getStatus() == TestExecutionResult.Status.SUCCESSFUL
				&& !last.status().equals(AttemptStatus.CRASHED)) {
			// A container whose tests failed: the failures are reported on those tests.
			return reported.get().result();
		}
		if (reported.isPresent() && last.failure().isPresent()
				&& reported.get().result().getThrowable().orElse(null) == last.failure().get()) {
			return reported.get().result();
		}
		if (last.status() == AttemptStatus.ABORTED) {
			return TestExecutionResult.aborted(last.failure().orElse(null));
		}
		return TestExecutionResult.failed(last.failure().orElse(null));
	}

	private static void printOutput(Attempt attempt) {
		write(System.out, attempt.stdout());
		write(System.err, attempt.stderr());
	}

	private static void write(PrintStream stream, CapturedOutput output) {
		if (output.isEmpty()) {
			return;
		}
		stream.write(output.head(), 0, output.head().length);
		if (output.droppedBytes() > 0) {
			stream.print("\n[solo: " + output.droppedBytes() + " bytes of output cut]\n");
		}
		stream.write(output.tail(), 0, output.tail().length);
		stream.flush();
	}

	private void unitDone(ForkUnit unit) {
		for (Optional<TestDescriptor> p = unit.descriptor().getParent(); p.isPresent(); p = p.get().getParent()) {
			if (p.get() instanceof MirrorDescriptor && ledger.unitDone(p.get())) {
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
		}
	}

	private static String seconds(java.time.Duration duration) {
		return String.format("%.3fs", duration.toMillis() / 1000.0);
	}

}
