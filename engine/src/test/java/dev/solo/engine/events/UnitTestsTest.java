package dev.solo.engine.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.engine.config.Isolation;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.MirrorDescriptor;
import dev.solo.engine.events.TestResult.Status;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;

/** A unit's tests as JUnit counts them, derived from synthetic child reports. */
class UnitTestsTest {
	private static final String JUPITER = "org.junit.jupiter.engine.JupiterTestEngine";
	private static final String CLASS = "com.example.ConstructsTest";
	private static final UniqueId DELEGATE = UniqueId.forEngine("junit-jupiter").append("class", CLASS);

	private final EngineDescriptor root = new EngineDescriptor(UniqueId.forEngine("solo"), "Solo");
	private final MirrorDescriptor cls = mirror(root, DELEGATE, "ConstructsTest", CLASS, TestDescriptor.Type.CONTAINER,
			ClassSource.from(CLASS), false);

	@Test
	void eachInvocationIsATestWithItsNamesStatusAndTime() {
		MirrorDescriptor template = method("test-template", "positive", "int", TestDescriptor.Type.CONTAINER, true);
		ForkUnit unit = only(Isolation.TEST);
		ChildReport report = new ChildReport();
		report.add(new ChildReport.Started(template.delegateId()), 0);
		for (int i = 1; i <= 3; i++) {
			UniqueId id = template.delegateId().append("test-template-invocation", "#" + i);
			report.add(registered(id, template.delegateId(), "[" + i + "] " + i, "positive(int)[" + i + "]",
					TestDescriptor.Type.TEST), i * 100L);
			report.add(new ChildReport.Started(id), i * 100L);
			report.add(new ChildReport.Finished(id, i < 3 ? TestExecutionResult.successful()
					: TestExecutionResult.failed(new AssertionError("the third fails"))), i * 100L + 40);
		}
		report.add(new ChildReport.Finished(template.delegateId(), TestExecutionResult.successful()), 400);

		List<TestResult> tests = UnitTests.of(unit, outcome(attempt(AttemptStatus.FAILED, report)));

		assertEquals(List.of("com.example.ConstructsTest#positive(int)[1]", "com.example.ConstructsTest#positive(int)[2]",
				"com.example.ConstructsTest#positive(int)[3]"), tests.stream().map(TestResult::name).toList());
		assertEquals(List.of("positive(int)[1]", "positive(int)[2]", "positive(int)[3]"),
				tests.stream().map(TestResult::legacyName).toList());
		assertEquals(List.of("[1] 1", "[2] 2", "[3] 3"), tests.stream().map(TestResult::displayName).toList());
		assertEquals(List.of(Status.PASSED, Status.PASSED, Status.FAILED), tests.stream().map(TestResult::status).toList());
		assertEquals("the third fails", tests.get(2).failure().orElseThrow().getMessage());
		assertTrue(tests.stream().allMatch(t -> t.className().equals(CLASS)), tests.toString());
		assertEquals(Duration.ofNanos(40), tests.get(0).duration());
		assertEquals("[engine:solo]/[engine:junit-jupiter]/[class:com.example.ConstructsTest]"
				+ "/[test-template:positive(int)]/[test-template-invocation:#1]", tests.get(0).uniqueId());
		assertFalse(tests.get(0).whole());
	}

	@Test
	void aFactoryCountsItsDynamicTestsNotItsDynamicContainers() {
		MirrorDescriptor factory = method("test-factory", "factory", "", TestDescriptor.Type.CONTAINER, true);
		ForkUnit unit = only(Isolation.TEST);
		UniqueId one = factory.delegateId().append("dynamic-test", "#1");
		UniqueId box = factory.delegateId().append("dynamic-container", "#2");
		UniqueId two = box.append("dynamic-test", "#1");
		ChildReport report = new ChildReport();
		report.add(new ChildReport.Started(factory.delegateId()));
		report.add(registered(one, factory.delegateId(), "one", "factory()[1]", TestDescriptor.Type.TEST));
		report.add(new ChildReport.Started(one));
		report.add(new ChildReport.Finished(one, TestExecutionResult.successful()));
		report.add(registered(box, factory.delegateId(), "box", "factory()[2]", TestDescriptor.Type.CONTAINER));
		report.add(new ChildReport.Started(box));
		report.add(registered(two, box, "two", "factory()[2][1]", TestDescriptor.Type.TEST));
		report.add(new ChildReport.Started(two));
		report.add(new ChildReport.Finished(two, TestExecutionResult.successful()));
		report.add(new ChildReport.Finished(box, TestExecutionResult.successful()));
		report.add(new ChildReport.Finished(factory.delegateId(), TestExecutionResult.successful()));

		List<TestResult> tests = UnitTests.of(unit, outcome(attempt(AttemptStatus.PASSED, report)));

		assertEquals(List.of("com.example.ConstructsTest#factory()[1]", "com.example.ConstructsTest#factory()[2][1]"),
				tests.stream().map(TestResult::name).toList());
		assertTrue(tests.stream().allMatch(t -> t.status() == Status.PASSED), tests.toString());
		// The host adds the dynamic tests to the tree as it replays them: they must not count twice.
		factory.addChild(new MirrorDescriptor(factory.soloIdOf(one), one, "one", "factory()[1]",
				TestDescriptor.Type.TEST, null, Set.of(), false, JUPITER));
		assertEquals(2, UnitTests.of(unit, outcome(attempt(AttemptStatus.PASSED, report))).size());
	}

	@Test
	void aClassRunWholeWhoseJvmDiedFailsTheTestThatRanAndSkipsThoseNeverReached() {
		MirrorDescriptor a = method("method", "a", "", TestDescriptor.Type.TEST, false);
		MirrorDescriptor b = method("method", "b", "", TestDescriptor.Type.TEST, false);
		MirrorDescriptor c = method("method", "c", "", TestDescriptor.Type.TEST, false);
		ForkUnit unit = only(Isolation.CLASS);
		ChildReport report = new ChildReport();
		report.add(new ChildReport.Started(DELEGATE));
		report.add(new ChildReport.Started(a.delegateId()));
		report.add(new ChildReport.Finished(a.delegateId(), TestExecutionResult.successful()));
		report.add(new ChildReport.Started(b.delegateId()));

		List<TestResult> tests = UnitTests.of(unit, outcome(attempt(AttemptStatus.CRASHED, report)));

		assertEquals(List.of("com.example.ConstructsTest#a()", "com.example.ConstructsTest#b()",
				"com.example.ConstructsTest#c()"), tests.stream().map(TestResult::name).toList());
		assertEquals(List.of(Status.PASSED, Status.FAILED, Status.SKIPPED), tests.stream().map(TestResult::status).toList());
		assertTrue(tests.get(1).interrupted());
		assertEquals("JVM exited with code 3", tests.get(1).failure().orElseThrow().getMessage());
		assertEquals(Optional.of("not run: crashed earlier in the same JVM"), tests.get(2).reason());
		assertEquals(3, UnitTests.known(unit));
		assertEquals(c.getUniqueId().toString(), tests.get(2).uniqueId());
	}

	@Test
	void aUnitThatFailedAsAWholeHasOneOfItsTestsCarryIt() {
		MirrorDescriptor a = method("method", "a", "", TestDescriptor.Type.TEST, false);
		MirrorDescriptor b = method("method", "b", "", TestDescriptor.Type.TEST, false);
		ForkUnit unit = only(Isolation.CLASS);
		ChildReport report = new ChildReport();
		report.add(new ChildReport.Finished(a.delegateId(), TestExecutionResult.successful()));
		report.add(new ChildReport.Finished(b.delegateId(), TestExecutionResult.successful()));
		report.add(new ChildReport.Finished(DELEGATE, TestExecutionResult.failed(new IllegalStateException("afterAll"))));

		List<TestResult> tests = UnitTests.of(unit, outcome(attempt(AttemptStatus.FAILED, report)));

		assertEquals(List.of(Status.FAILED, Status.PASSED), tests.stream().map(TestResult::status).toList());
	}

	@Test
	void aFlakyUnitMarksTheInvocationThatFailedAtFirst() {
		MirrorDescriptor template = method("test-template", "positive", "int", TestDescriptor.Type.CONTAINER, true);
		ForkUnit unit = only(Isolation.TEST);
		UniqueId first = template.delegateId().append("test-template-invocation", "#1");
		UniqueId second = template.delegateId().append("test-template-invocation", "#2");
		ChildReport before = new ChildReport();
		ChildReport after = new ChildReport();
		for (ChildReport report : List.of(before, after)) {
			report.add(registered(first, template.delegateId(), "[1] 1", "positive(int)[1]", TestDescriptor.Type.TEST));
			report.add(new ChildReport.Finished(first, TestExecutionResult.successful()));
			report.add(registered(second, template.delegateId(), "[2] 2", "positive(int)[2]", TestDescriptor.Type.TEST));
		}
		before.add(new ChildReport.Finished(second, TestExecutionResult.failed(new AssertionError("once"))));
		after.add(new ChildReport.Finished(second, TestExecutionResult.successful()));

		List<TestResult> tests = UnitTests.of(unit, new TestOutcome(List.of(attempt(AttemptStatus.FAILED, before),
				attempt(AttemptStatus.PASSED, after)), false));

		assertEquals(List.of(false, true), tests.stream().map(TestResult::flaky).toList());
		assertEquals(List.of(Status.PASSED, Status.PASSED), tests.stream().map(TestResult::status).toList());
	}

	@Test
	void aUnitOfOneTestTakesItsUnitsVerdictAndTime() {
		method("method", "a", "", TestDescriptor.Type.TEST, false);
		ForkUnit unit = only(Isolation.TEST);

		List<TestResult> tests = UnitTests.of(unit, outcome(attempt(AttemptStatus.TIMED_OUT, new ChildReport())));

		assertEquals(1, tests.size());
		assertEquals(Status.FAILED, tests.get(0).status());
		assertEquals(unit.name(), tests.get(0).name());
		assertEquals(Duration.ofMillis(500), tests.get(0).duration());
		assertTrue(tests.get(0).whole());
	}

	private MirrorDescriptor method(String segment, String name, String parameters, TestDescriptor.Type type,
			boolean mayRegister) {
		String signature = name + "(" + parameters + ")";
		return mirror(cls, DELEGATE.append(segment, signature), signature, signature, type,
				MethodSource.from(CLASS, name, parameters), mayRegister);
	}

	private static MirrorDescriptor mirror(TestDescriptor parent, UniqueId delegate, String displayName, String legacyName,
			TestDescriptor.Type type, org.junit.platform.engine.TestSource source, boolean mayRegister) {
		UniqueId soloId = UniqueId.forEngine("solo");
		for (UniqueId.Segment segment : delegate.getSegments()) {
			soloId = soloId.append(segment);
		}
		MirrorDescriptor mirror = new MirrorDescriptor(soloId, delegate, displayName, legacyName, type, source, Set.of(),
				mayRegister, JUPITER);
		parent.addChild(mirror);
		return mirror;
	}

	private ForkUnit only(Isolation isolation) {
		List<ForkUnit> units = ForkUnit.collect(root, isolation);
		assertEquals(1, units.size(), units.toString());
		return units.get(0);
	}

	private static ChildReport.Registered registered(UniqueId id, UniqueId parent, String displayName, String legacyName,
			TestDescriptor.Type type) {
		return new ChildReport.Registered(id, parent, displayName, legacyName, type, MethodSource.from(CLASS, "x", ""),
				Set.of());
	}

	private static TestOutcome outcome(Attempt attempt) {
		return new TestOutcome(List.of(attempt), false);
	}

	private static Attempt attempt(AttemptStatus status, ChildReport report) {
		Optional<Throwable> failure = status == AttemptStatus.CRASHED
				? Optional.of(new AssertionError("JVM exited with code 3"))
				: status.isFailure() ? Optional.of(new AssertionError("boom")) : Optional.empty();
		return new Attempt(1, 1, status, Duration.ofMillis(500), failure, report, CapturedOutput.EMPTY,
				CapturedOutput.EMPTY, Optional.empty(), List.of(), false, 4242, Optional.of(3), List.of(), List.of());
	}
}
