package dev.solo.engine.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.MirrorDescriptor;
import dev.solo.engine.discovery.StressIndex;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.CapturedOutput;
import dev.solo.engine.events.ChildReport;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.TestOutcome;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.MethodSource;

/** What a rerun owes after a run: a stress run's test stays outstanding when any of its runs failed. */
class RerunStateTest {
	private final ForkUnit unit = unit();

	@Test
	void aStressRunsTestThatFailedOnceIsOutstandingThoughItsLastRunPassed() {
		ForkUnit first = unit.stressCopy(new StressIndex(1, OptionalInt.of(2)));
		ForkUnit second = unit.stressCopy(new StressIndex(2, OptionalInt.of(2)));
		RerunState state = RerunState.empty();
		state.apply(new RunEvent.RunStarted(UUID.randomUUID(), "default", List.of(first, second), 2));
		state.apply(finished(first, AttemptStatus.FAILED));
		state.apply(finished(second, AttemptStatus.PASSED));
		assertEquals(false, state.passed(id()));
	}

	@Test
	void aStressRunsTestThatAlwaysPassedIsDone() {
		ForkUnit first = unit.stressCopy(new StressIndex(1, OptionalInt.of(2)));
		ForkUnit second = unit.stressCopy(new StressIndex(2, OptionalInt.of(2)));
		RerunState state = RerunState.empty();
		state.apply(new RunEvent.RunStarted(UUID.randomUUID(), "default", List.of(first, second), 2));
		state.apply(finished(first, AttemptStatus.PASSED));
		state.apply(finished(second, AttemptStatus.PASSED));
		assertEquals(true, state.passed(id()));
	}

	@Test
	void aTestThatFailedInAnEarlierRunAndPassesNowIsDone() {
		RerunState state = RerunState.empty();
		state.apply(new RunEvent.RunStarted(UUID.randomUUID(), "default", List.of(unit), 1));
		state.apply(finished(unit, AttemptStatus.FAILED));
		RerunState next = state.copy();
		next.apply(new RunEvent.RunStarted(UUID.randomUUID(), "default", List.of(unit), 1));
		next.apply(finished(unit, AttemptStatus.PASSED));
		assertEquals(false, state.passed(id()));
		assertEquals(true, next.passed(id()));
	}

	private String id() {
		return unit.descriptor().getUniqueId().toString();
	}

	private static RunEvent.TestFinished finished(ForkUnit unit, AttemptStatus status) {
		Attempt attempt = new Attempt(1, 1, status, Duration.ofMillis(10), Optional.empty(), new ChildReport(),
				CapturedOutput.EMPTY, CapturedOutput.EMPTY, Optional.empty(), List.of(), false, 1, Optional.of(0), List.of(),
				List.of());
		return new RunEvent.TestFinished(unit, new TestOutcome(List.of(attempt), false), List.of());
	}

	private static ForkUnit unit() {
		UniqueId delegate = UniqueId.forEngine("junit-jupiter").append("class", "com.A").append("method", "a()");
		UniqueId solo = UniqueId.forEngine("solo");
		for (UniqueId.Segment segment : delegate.getSegments()) {
			solo = solo.append(segment);
		}
		MirrorDescriptor mirror = new MirrorDescriptor(solo, delegate, "a()", "a()", TestDescriptor.Type.TEST,
				MethodSource.from("com.A", "a", ""), Set.of(), false, "org.junit.jupiter.engine.JupiterTestEngine");
		return ForkUnit.recorded(mirror, List.of(), Optional.empty());
	}
}
