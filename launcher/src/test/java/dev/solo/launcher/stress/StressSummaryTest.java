package dev.solo.launcher.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.engine.config.Isolation;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.MirrorDescriptor;
import dev.solo.engine.discovery.StressIndex;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.CapturedOutput;
import dev.solo.engine.events.ChildReport;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunStats;
import dev.solo.engine.events.TestOutcome;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;

class StressSummaryTest {
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final StressSummary summary = new StressSummary(new PrintStream(out, true, StandardCharsets.UTF_8));
	private final ForkUnit unit = unit();

	@Test
	void countsEachTestsRunsTheirFailingShareAndTimesAndKeepsTheFirstFailure() {
		ForkUnit[] copies = new ForkUnit[5];
		for (int i = 0; i < 5; i++) {
			copies[i] = unit.stressCopy(new StressIndex(i + 1, OptionalInt.of(5)));
		}
		summary.on(new RunEvent.RunStarted(UUID.randomUUID(), "default", List.of(copies), 2));
		start(copies[0]);
		start(copies[1]);
		finish(copies[1], attempt(1, AttemptStatus.PASSED, 300, null));
		start(copies[2]);
		finish(copies[0], attempt(1, AttemptStatus.FAILED, 500, new AssertionError("unlucky first")));
		start(copies[3]);
		finish(copies[2], attempt(1, AttemptStatus.FAILED, 200, new AssertionError("unlucky second")));
		finish(copies[3], attempt(1, AttemptStatus.PASSED, 400, null));
		summary.on(new RunEvent.TestNotRun(copies[4], RunEvent.TestNotRun.CANCELLED));
		summary.on(new RunEvent.RunFinished(new RunStats(5, 4, 2, 0, 2, 0, 0, 0, 1, 0, Duration.ofSeconds(1)), true));

		String text = out.toString(StandardCharsets.UTF_8);
		List<String> lines = text.lines().toList();
		assertEquals("      Stress 2 of 2 test threads busy at most", lines.get(0));
		assertEquals("      Stress com.example.FlakyTest#sometimes(): 4 runs, 2 passed, 2 failed, 0 flaky, 1 not run"
				+ " (50.0% failing); fastest 0.200s, slowest 0.500s", lines.get(1));
		assertEquals("             first failure, run 1/5:", lines.get(2));
		assertTrue(lines.get(3).contains("java.lang.AssertionError: unlucky first"), text);
		assertTrue(!text.contains("unlucky second"), text);
		assertTrue(lines.size() <= 4 + StressSummary.FAILURE_LINES, text);
	}

	@Test
	void aRunPassedOnARetryIsFlakyAndCountsAsFailingOnce() {
		ForkUnit copy = unit.stressCopy(new StressIndex(1, OptionalInt.empty()));
		summary.on(new RunEvent.RunStarted(UUID.randomUUID(), "default", List.of(copy), 1));
		start(copy);
		Attempt failed = attempt(1, AttemptStatus.TIMED_OUT, 1000, new IllegalStateException("timed out"));
		Attempt passed = attempt(2, AttemptStatus.PASSED, 100, null);
		summary.on(new RunEvent.TestFinished(copy, new TestOutcome(List.of(failed, passed), false)));
		summary.on(new RunEvent.RunFinished(new RunStats(1, 1, 1, 1, 0, 0, 0, 0, 0, 0, Duration.ofSeconds(1)), false));

		TestRuns runs = summary.tests().iterator().next();
		assertEquals(1, runs.flaky());
		assertEquals(1.0, runs.failureRate());
		assertEquals(Optional.of("1"), runs.firstFailureIndex().map(String::valueOf));
	}

	@Test
	void aRunThatIsNoStressRunSaysNothing() {
		summary.on(new RunEvent.RunStarted(UUID.randomUUID(), "default", List.of(unit), 1));
		start(unit);
		finish(unit, attempt(1, AttemptStatus.PASSED, 100, null));
		summary.on(new RunEvent.RunFinished(new RunStats(1, 1, 1, 0, 0, 0, 0, 0, 0, 0, Duration.ofSeconds(1)), false));
		assertEquals("", out.toString(StandardCharsets.UTF_8));
	}

	private void start(ForkUnit copy) {
		summary.on(new RunEvent.TestStarted(copy, 1, 1));
	}

	private void finish(ForkUnit copy, Attempt attempt) {
		summary.on(new RunEvent.TestFinished(copy, new TestOutcome(List.of(attempt), false)));
	}

	private static Attempt attempt(int number, AttemptStatus status, long millis, Throwable failure) {
		return new Attempt(number, number, status, Duration.ofMillis(millis), Optional.ofNullable(failure), new ChildReport(),
				CapturedOutput.EMPTY, CapturedOutput.EMPTY, Optional.empty(), List.of(), false, 1, Optional.of(0), List.of(),
				List.of());
	}

	private static ForkUnit unit() {
		EngineDescriptor root = new EngineDescriptor(UniqueId.forEngine("solo"), "Solo");
		String className = "com.example.FlakyTest";
		UniqueId delegate = UniqueId.forEngine("junit-jupiter").append("class", className);
		String engine = "org.junit.jupiter.engine.JupiterTestEngine";
		MirrorDescriptor cls = new MirrorDescriptor(root.getUniqueId().append("class", className), delegate, "FlakyTest",
				className, TestDescriptor.Type.CONTAINER, ClassSource.from(className), Set.of(), false, engine);
		root.addChild(cls);
		cls.addChild(new MirrorDescriptor(cls.getUniqueId().append("method", "sometimes()"),
				delegate.append("method", "sometimes()"), "sometimes()", "sometimes()", TestDescriptor.Type.TEST,
				MethodSource.from(className, "sometimes", ""), Set.of(), false, engine));
		return ForkUnit.collect(root, Isolation.TEST).get(0);
	}
}
