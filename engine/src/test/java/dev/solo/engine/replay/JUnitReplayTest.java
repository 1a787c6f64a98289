package dev.solo.engine.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.solo.engine.config.Isolation;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.MirrorDescriptor;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.CapturedOutput;
import dev.solo.engine.events.ChildReport;
import dev.solo.engine.events.NotRun;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunStats;
import dev.solo.engine.events.TestOutcome;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/** The host sees a valid event order whatever order units finish in; no JVM is needed for that. */
class JUnitReplayTest {
	private final EngineDescriptor root = new EngineDescriptor(UniqueId.forEngine("solo"), "Solo");
	// As discovery builds it: the delegate engine's classes hang from the Solo root itself.
	private final MirrorDescriptor classA = mirror(null, "[engine:junit-jupiter]/[class:A]", TestDescriptor.Type.CONTAINER);
	private final MirrorDescriptor a1 = mirror(classA, "[engine:junit-jupiter]/[class:A]/[method:one()]", TestDescriptor.Type.TEST);
	private final MirrorDescriptor a2 = mirror(classA, "[engine:junit-jupiter]/[class:A]/[method:two()]", TestDescriptor.Type.TEST);
	private final MirrorDescriptor classB = mirror(null, "[engine:junit-jupiter]/[class:B]", TestDescriptor.Type.CONTAINER);
	private final MirrorDescriptor b1 = mirror(classB, "[engine:junit-jupiter]/[class:B]/[method:one()]", TestDescriptor.Type.TEST);
	private final List<String> events = new ArrayList<>();

	@Test
	void containersWrapTheirTestsWhateverOrderUnitsFinishIn() {
		JUnitReplay replay = start();
		replay.on(finished(unit(a2), passed(a2)));
		replay.on(finished(unit(b1), passed(b1)));
		replay.on(finished(unit(a1), passed(a1)));
		replay.on(new RunEvent.RunFinished(stats(), false));
		assertEquals(List.of(
				"started A", "started two()", "finished two() SUCCESSFUL",
				"started B", "started one()", "finished one() SUCCESSFUL", "finished B SUCCESSFUL",
				"started one()", "finished one() SUCCESSFUL", "finished A SUCCESSFUL"), events);
	}

	@Test
	void aClassLevelFailureInTheChildIsReportedOnTheClassNotItsTests() {
		JUnitReplay replay = start();
		ChildReport report = new ChildReport();
		report.add(new ChildReport.Started(classA.delegateId()));
		report.add(new ChildReport.Finished(classA.delegateId(),
				TestExecutionResult.failed(new IllegalStateException("@BeforeAll failed"))));
		replay.on(finished(unit(a1), attempt(AttemptStatus.FAILED, report,
				Optional.of(new IllegalStateException("@BeforeAll failed")))));
		replay.on(finished(unit(a2), attempt(AttemptStatus.FAILED, report,
				Optional.of(new IllegalStateException("@BeforeAll failed")))));
		replay.on(new RunEvent.TestNotRun(unit(b1), "not run due to test failure"));
		replay.on(new RunEvent.RunFinished(stats(), false));
		assertEquals(List.of(
				"started A", "finished A FAILED",
				"started B", "skipped one(): not run due to test failure", "finished B SUCCESSFUL"), events);
	}

	@Test
	void aFailureOfTheDelegateEnginesOwnRootIsReportedOnTheUnitsItStopped() {
		JUnitReplay replay = start();
		IllegalStateException broken = new IllegalStateException("engine-level extension failed");
		ChildReport report = new ChildReport();
		report.add(new ChildReport.Started(UniqueId.forEngine("junit-jupiter")));
		report.add(new ChildReport.Finished(UniqueId.forEngine("junit-jupiter"), TestExecutionResult.failed(broken)));
		replay.on(finished(unit(b1), attempt(AttemptStatus.FAILED, report, Optional.of(broken))));
		assertEquals(List.of("started B", "started one()", "finished one() FAILED", "finished B SUCCESSFUL"), events);
	}

	@Test
	void unitsSkippedUpFrontAreReportedSkippedInsideTheirContainersAtTheStart() {
		JUnitReplay replay = new JUnitReplay(new Recorder(), root, false);
		List<ForkUnit> all = ForkUnit.collect(root, Isolation.TEST);
		replay.on(new RunEvent.RunStarted(UUID.randomUUID(), "default", List.of(unit(a1), unit(a2)), 2,
				List.of(new NotRun(unit(b1), "outside partition hash:2/2"))));
		replay.on(finished(unit(a1), passed(a1)));
		replay.on(finished(unit(a2), passed(a2)));
		replay.on(new RunEvent.RunFinished(stats(), false));
		assertEquals(3, all.size());
		assertEquals(List.of(
				"started B", "skipped one(): outside partition hash:2/2", "finished B SUCCESSFUL",
				"started A", "started one()", "finished one() SUCCESSFUL", "started two()", "finished two() SUCCESSFUL",
				"finished A SUCCESSFUL"), events);
	}

	@Test
	void eachArtifactIsAFileEntryOfItsTestBeforeTheTestFinishes() {
		JUnitReplay replay = start();
		Attempt passed = passed(a1);
		java.nio.file.Path shot = java.nio.file.Path.of("/tmp/solo-artifacts-1/A#one()/1/shot.png");
		Attempt withArtifact = new Attempt(1, 1, AttemptStatus.PASSED, passed.duration(), Optional.empty(), passed.report(),
				CapturedOutput.EMPTY, CapturedOutput.EMPTY, Optional.empty(), List.of(), false, 1, Optional.of(0),
				List.of(), List.of(new dev.solo.engine.events.Artifact(shot, "A#one()/1/shot.png", 3)));
		replay.on(finished(unit(a1), withArtifact));
		assertEquals(List.of("started A", "started one()", "file one(): " + shot, "finished one() SUCCESSFUL"),
				events);
	}

	private JUnitReplay start() {
		JUnitReplay replay = new JUnitReplay(new Recorder(), root, false);
		replay.on(new RunEvent.RunStarted(UUID.randomUUID(), "default", ForkUnit.collect(root, Isolation.TEST), 2));
		return replay;
	}

	private ForkUnit unit(MirrorDescriptor descriptor) {
		return ForkUnit.collect(root, Isolation.TEST).stream().filter(u -> u.descriptor() == descriptor)
				.findFirst().orElseThrow();
	}

	private static RunEvent finished(ForkUnit unit, Attempt attempt) {
		return new RunEvent.TestFinished(unit, new TestOutcome(List.of(attempt), false));
	}

	private static Attempt passed(MirrorDescriptor test) {
		ChildReport report = new ChildReport();
		report.add(new ChildReport.Started(test.delegateId()));
		report.add(new ChildReport.Finished(test.delegateId(), TestExecutionResult.successful()));
		return attempt(AttemptStatus.PASSED, report, Optional.empty());
	}

	private static Attempt attempt(AttemptStatus status, ChildReport report, Optional<Throwable> failure) {
		return new Attempt(1, 1, status, Duration.ofMillis(5), failure, report, CapturedOutput.EMPTY,
				CapturedOutput.EMPTY, Optional.empty(), List.of(), false, 1, Optional.of(0), List.of(), List.of());
	}

	private static RunStats stats() {
		return new RunStats(3, 3, 3, 0, 0, 0, 0, 0, 0, 0, Duration.ZERO);
	}

	private MirrorDescriptor mirror(MirrorDescriptor parent, String delegateId, TestDescriptor.Type type) {
		UniqueId id = UniqueId.parse(delegateId);
		String name = id.getLastSegment().getValue();
		MirrorDescriptor descriptor = new MirrorDescriptor(dev.solo.engine.discovery.SoloIds.toSolo(id), id, name, name,
				type, null, Set.of(), false, "engine");
		(parent == null ? (TestDescriptor) root : parent).addChild(descriptor);
		return descriptor;
	}

	private final class Recorder implements EngineExecutionListener {
		@Override
		public void executionStarted(TestDescriptor descriptor) {
			events.add("started " + descriptor.getDisplayName());
		}

		@Override
		public void executionSkipped(TestDescriptor descriptor, String reason) {
			events.add("skipped " + descriptor.getDisplayName() + ": " + reason);
		}

		@Override
		public void fileEntryPublished(TestDescriptor descriptor, org.junit.platform.engine.reporting.FileEntry file) {
			events.add("file " + descriptor.getDisplayName() + ": " + file.getPath());
		}

		@Override
		public void executionFinished(TestDescriptor descriptor, TestExecutionResult result) {
			events.add("finished " + descriptor.getDisplayName() + " " + result.getStatus());
		}
	}
}
