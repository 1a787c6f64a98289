package dev.solo.engine.events;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.MirrorDescriptor;
import dev.solo.engine.events.TestResult.Status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apiguardian.api.API;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * The tests JUnit counts in one unit, and how each ended: those discovery knew of, and those its
 * child registered as it ran (invocations, dynamic tests), read from the last attempt's
 * {@link ChildReport}. A unit is the scheduling grain; these are the counting one. A unit whose
 * child reported no test of its own (a container that failed before its first invocation) still
 * stands as one test, so that no unit goes uncounted.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class UnitTests {
	private final ForkUnit unit;
	private final ChildReport report;
	/** The unit's tree as discovery made it, by delegate id: the host adds dynamic tests to it as it replays them. */
	private final Map<UniqueId, MirrorDescriptor> known = new LinkedHashMap<>();
	private final Map<UniqueId, ChildReport.Registered> dynamic = new LinkedHashMap<>();

	private UnitTests(ForkUnit unit, ChildReport report) {
		this.unit = unit;
		this.report = report;
		UniqueId unitId = unit.descriptor().delegateId();
		for (ChildReport.Entry entry : report.entries()) {
			if (entry instanceof ChildReport.Registered registered && registered.id().hasPrefix(unitId)) {
				dynamic.put(registered.id(), registered);
			}
		}
		index(unit.descriptor());
	}

	private void index(TestDescriptor node) {
		if (node instanceof MirrorDescriptor mirror && !dynamic.containsKey(mirror.delegateId())) {
			known.put(mirror.delegateId(), mirror);
			node.getChildren().forEach(this::index);
		}
	}

	/** How many tests discovery knew of in {@code unit}, at least one: what "Starting N tests" counts. */
	public static int known(ForkUnit unit) {
		// Counted for every unit as a run starts: a unit of one method, the common case, is one test
		// without indexing its tree.
		TestDescriptor descriptor = unit.descriptor();
		if (descriptor.isTest() && descriptor.getChildren().isEmpty()) {
			return 1;
		}
		return Math.max(1, (int) new UnitTests(unit, new ChildReport()).knownTests().size());
	}

	/** The tests of a unit that never ran (skipped up front, cancelled): those discovery knew of. */
	public static List<TestResult> notRun(ForkUnit unit, String reason, Status status) {
		UnitTests tests = new UnitTests(unit, new ChildReport());
		List<UniqueId> ids = tests.knownTests();
		if (ids.isEmpty()) {
			ids = List.of(unit.descriptor().delegateId());
		}
		boolean whole = ids.size() == 1;
		return ids.stream().map(id -> tests.result(id, status, Optional.empty(), Optional.of(reason), Duration.ZERO,
				false, whole)).toList();
	}

	/** Each test of {@code unit} as its last attempt ended it, in the order the child ran them. */
	public static List<TestResult> of(ForkUnit unit, TestOutcome outcome) {
		return new UnitTests(unit, outcome.last().report()).results(outcome);
	}

	private List<TestResult> results(TestOutcome outcome) {
		Attempt last = outcome.last();
		Set<UniqueId> order = new LinkedHashSet<>();
		for (ChildReport.Entry entry : report.entries()) {
			if (isTest(entry.id())) {
				order.add(entry.id());
			}
		}
		order.addAll(knownTests());
		if (order.isEmpty()) {
			order.add(unit.descriptor().delegateId());
		}
		List<TestResult> results = new ArrayList<>();
		if (order.size() == 1) {
			results.add(whole(order.iterator().next(), outcome));
		}
		else {
			order.forEach(id -> results.add(one(id, last)));
			if (outcome.isFailure() && results.stream().noneMatch(r -> r.status() == Status.FAILED)) {
				carryUnitFailure(results, outcome);
			}
		}
		if (outcome.isFlaky()) {
			markFlaky(results, List.copyOf(order), outcome.attempts().get(0).report());
		}
		return results;
	}

	/** A unit of one test: the unit's verdict is the test's, as the scheduler judged it. */
	private TestResult whole(UniqueId id, TestOutcome outcome) {
		Attempt last = outcome.last();
		Optional<TestExecutionResult> own = report.finished(id).map(ChildReport.Finished::result);
		boolean interrupted = report.started(id) && own.isEmpty();
		if (outcome.isFailure()) {
			Optional<Throwable> failure = own.flatMap(TestExecutionResult::getThrowable).or(() -> unitFailure(outcome));
			return result(id, Status.FAILED, failure, Optional.empty(), last.duration(), interrupted, true);
		}
		if (last.status() == AttemptStatus.PASSED) {
			return result(id, Status.PASSED, Optional.empty(), Optional.empty(), last.duration(), false, true);
		}
		Status status = last.status() == AttemptStatus.CANCELLED ? Status.NOT_RUN : Status.SKIPPED;
		Optional<String> reason = report.skipped(id).map(ChildReport.Skipped::reason)
				.or(() -> own.flatMap(TestExecutionResult::getThrowable).map(Throwable::getMessage))
				.or(() -> last.failure().map(Throwable::getMessage)).or(() -> Optional.of(word(last)));
		return result(id, status, Optional.empty(), reason, last.duration(), interrupted, true);
	}

	/** One test of several: what the child reported for it, or, when it never got there, why. */
	private TestResult one(UniqueId id, Attempt last) {
		Duration took = report.duration(id).orElse(Duration.ZERO);
		Optional<ChildReport.Finished> finished = report.finished(id);
		if (finished.isPresent()) {
			TestExecutionResult result = finished.get().result();
			return switch (result.getStatus()) {
				case SUCCESSFUL -> result(id, Status.PASSED, Optional.empty(), Optional.empty(), took, false, false);
				case FAILED -> result(id, Status.FAILED, result.getThrowable().or(last::failure), Optional.empty(), took,
						false, false);
				case ABORTED -> result(id, Status.SKIPPED, Optional.empty(),
						Optional.of(result.getThrowable().map(Throwable::getMessage).orElse("aborted")), took, false,
						false);
			};
		}
		Optional<ChildReport.Skipped> skipped = report.skipped(id);
		if (skipped.isPresent()) {
			return result(id, Status.SKIPPED, Optional.empty(), Optional.of(skipped.get().reason()), took, false, false);
		}
		if (report.started(id)) {
			// Its JVM died, or was killed, while it ran.
			return result(id, Status.FAILED, last.failure(), Optional.empty(), took, true, false);
		}
		if (last.status() == AttemptStatus.CANCELLED) {
			return result(id, Status.NOT_RUN, Optional.empty(), Optional.of("cancelled"), took, false, false);
		}
		// Never reached: a container above it was skipped or failed, or what ran before it ended the JVM.
		return result(id, Status.SKIPPED, Optional.empty(), Optional.of(skippedAbove(id).orElse(
				"not run: " + word(last) + " earlier in the same JVM")), took, false, false);
	}

	/** The unit failed as a whole (its class's set-up, flaky-result = fail): one of its tests carries that. */
	private void carryUnitFailure(List<TestResult> results, TestOutcome outcome) {
		for (Status status : List.of(Status.PASSED, Status.SKIPPED, Status.NOT_RUN)) {
			for (int i = 0; i < results.size(); i++) {
				if (results.get(i).status() == status) {
					results.set(i, results.get(i).with(Status.FAILED, unitFailure(outcome)));
					return;
				}
			}
		}
	}

	/** Of a flaky unit's tests, those that did not pass at first; one at least, since the unit did not. */
	private static void markFlaky(List<TestResult> results, List<UniqueId> ids, ChildReport first) {
		boolean any = false;
		for (int i = 0; i < results.size(); i++) {
			TestResult result = results.get(i);
			boolean passedFirst = first.finished(ids.get(i)).map(f -> f.result().getStatus())
					.filter(TestExecutionResult.Status.SUCCESSFUL::equals).isPresent();
			if (!passedFirst || result.whole()) {
				results.set(i, result.markedFlaky());
				any = true;
			}
		}
		if (!any && !results.isEmpty()) {
			results.set(0, results.get(0).markedFlaky());
		}
	}

	private static Optional<Throwable> unitFailure(TestOutcome outcome) {
		if (outcome.isFlaky() && outcome.flakyFails()) {
			return Optional.of(new AssertionError("FLAKY: failed " + (outcome.attempts().size() - 1)
					+ " time(s) before passing, and flaky-result = fail"));
		}
		return outcome.last().failure();
	}

	private Optional<String> skippedAbove(UniqueId id) {
		UniqueId unitId = unit.descriptor().delegateId();
		for (UniqueId up = id; up.getSegments().size() > 1; up = up.removeLastSegment()) {
			Optional<ChildReport.Skipped> skipped = report.skipped(up);
			if (skipped.isPresent()) {
				return Optional.of(skipped.get().reason());
			}
			if (up.equals(unitId)) {
				break;
			}
		}
		return Optional.empty();
	}

	private static String word(Attempt attempt) {
		return attempt.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	/** The tests discovery found under the unit, in discovery order. */
	private List<UniqueId> knownTests() {
		return known.values().stream().filter(TestDescriptor::isTest).map(MirrorDescriptor::delegateId).toList();
	}

	private boolean isTest(UniqueId id) {
		MirrorDescriptor mirror = known.get(id);
		if (mirror != null) {
			return mirror.isTest();
		}
		ChildReport.Registered registered = dynamic.get(id);
		return registered != null && registered.type().isTest();
	}

	private TestResult result(UniqueId id, Status status, Optional<Throwable> failure, Optional<String> reason,
			Duration duration, boolean interrupted, boolean whole) {
		MirrorDescriptor mirror = known.get(id);
		if (mirror != null) {
			return new TestResult(mirror.getUniqueId().toString(), id, nameOf(id), classOf(id), mirror.getDisplayName(),
					mirror.getLegacyReportingName(), mirror.getSource(), status, false, failure, reason, duration,
					interrupted, whole);
		}
		ChildReport.Registered registered = dynamic.get(id);
		String displayName = registered == null ? unit.descriptor().getDisplayName() : registered.displayName();
		String legacyName = registered == null ? unit.descriptor().getLegacyReportingName() : registered.legacyName();
		return new TestResult(unit.descriptor().soloIdOf(id).toString(), id, nameOf(id), classOf(id), displayName,
				legacyName, Optional.ofNullable(registered == null ? null : registered.source()), status, false,
				failure, reason, duration, interrupted, whole);
	}

	/**
	 * A known test is named as a unit of its own would be; a dynamic one after its parent, with
	 * what its legacy name adds to the parent's ({@code #positive(int)} and {@code [1]}), else its
	 * display name.
	 */
	private String nameOf(UniqueId id) {
		MirrorDescriptor mirror = known.get(id);
		if (mirror != null) {
			return mirror == unit.descriptor() ? unit.name() : ForkUnit.testName(mirror);
		}
		ChildReport.Registered registered = dynamic.get(id);
		if (registered == null) {
			return unit.name();
		}
		String parent = nameOf(registered.parentId());
		String parentLegacy = legacyOf(registered.parentId());
		if (registered.legacyName().startsWith(parentLegacy) && registered.legacyName().length() > parentLegacy.length()) {
			return parent + registered.legacyName().substring(parentLegacy.length());
		}
		return parent.contains("#") ? parent + " > " + registered.displayName() : parent + "#" + registered.legacyName();
	}

	private String legacyOf(UniqueId id) {
		MirrorDescriptor mirror = known.get(id);
		if (mirror != null) {
			return mirror.getLegacyReportingName();
		}
		ChildReport.Registered registered = dynamic.get(id);
		return registered == null ? unit.descriptor().getLegacyReportingName() : registered.legacyName();
	}

	/** The class a test belongs to: its method's or its own, else its nearest enclosing one's. */
	private String classOf(UniqueId id) {
		Set<UniqueId> seen = new HashSet<>();
		for (UniqueId at = id; at != null && seen.add(at);) {
			MirrorDescriptor mirror = known.get(at);
			if (mirror != null) {
				return classOf(mirror);
			}
			ChildReport.Registered registered = dynamic.get(at);
			if (registered == null) {
				break;
			}
			if (registered.source() instanceof MethodSource method) {
				return method.getClassName();
			}
			if (registered.source() instanceof ClassSource cls) {
				return cls.getClassName();
			}
			at = registered.parentId();
		}
		return classOf(unit.descriptor());
	}

	private String classOf(TestDescriptor descriptor) {
		for (Optional<? extends TestDescriptor> node = Optional.of(descriptor); node.isPresent();
				node = node.get().getParent()) {
			Object source = node.get().getSource().orElse(null);
			if (source instanceof MethodSource method) {
				return method.getClassName();
			}
			if (source instanceof ClassSource cls) {
				return cls.getClassName();
			}
		}
		return unit.name();
	}
}
