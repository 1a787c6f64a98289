package dev.solo.launcher.output;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.NotRun;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunEventSink;
import dev.solo.engine.events.ScriptOutcome;
import dev.solo.engine.events.TestOutcome;
import dev.solo.engine.events.TestResult;
import dev.solo.engine.events.UnitTests;
import dev.solo.engine.protocol.RemoteException;
import dev.solo.launcher.output.JUnitXmlWriter.Case;
import dev.solo.launcher.output.JUnitXmlWriter.Kind;
import dev.solo.launcher.output.JUnitXmlWriter.Problem;
import dev.solo.launcher.output.JUnitXmlWriter.Suite;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apiguardian.api.API;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * The run's JUnit XML, written once at {@code RunFinished} to one file, as nextest writes its
 * {@code junit.xml}. One {@code <testcase>} per test JUnit counts ({@link UnitTests}): each
 * invocation of a parameterized or repeated test, each dynamic test, each test of a class run
 * whole, named as Surefire and console-standalone name them ({@code positive(int)[1]}), so that
 * a CI system keeps each one's history. A failure to write is kept for the command to report: a
 * sink that throws would only be logged by the event bus.
 */
@API(status = INTERNAL, since = "0.1")
public final class JUnitXmlReport implements RunEventSink {
	/** The property naming the shard a run was, such as {@code hash:2/3}; absent from a run that was not one. */
	public static final String PARTITION_PROPERTY = "solo.partition";
	/** The property naming the run, as the store and {@code SOLO_RUN_ID} do. */
	public static final String RUN_ID_PROPERTY = "solo.run-id";

	private final Path file;
	// Every unit in queue order, so the report lists tests as the run planned them, not as they ended.
	private final Map<ForkUnit, List<Case>> cases = new LinkedHashMap<>();
	// Setup and teardown scripts, as they ended: nextest's @setup-script:NAME suites.
	private final List<ScriptOutcome> scripts = new ArrayList<>();
	private String runName = "solo";
	private LocalDateTime started = LocalDateTime.now();
	// A replayed run's report carries the time the run started, not the time of the replay.
	private Optional<LocalDateTime> recordedStart = Optional.empty();
	// Which shard of a partitioned run this is, so that `solo report merge` can tell a shard is missing.
	private Optional<String> partition = Optional.empty();
	private Optional<String> runId = Optional.empty();
	private Exception failure;
	private boolean written;

	/**
	 * Whether a suite is a setup's or a teardown's ({@code @setup-script:NAME}): a script each
	 * shard of a run may run once, so a merge keeps it apart from the tests, whose shards must agree.
	 */
	public static boolean isScriptSuite(String suiteName) {
		return suiteName.startsWith(ScriptCases.SETUP_PREFIX) || suiteName.startsWith(ScriptCases.TEARDOWN_PREFIX);
	}

	/** Whether a script suite is a setup's, which a report lists before the tests. */
	public static boolean isSetupSuite(String suiteName) {
		return suiteName.startsWith(ScriptCases.SETUP_PREFIX);
	}

	public JUnitXmlReport(Path file) {
		this.file = file;
	}

	/** The report of a run recorded earlier, which started at {@code start}. */
	public JUnitXmlReport startedAt(LocalDateTime start) {
		this.recordedStart = Optional.of(start);
		this.started = start;
		return this;
	}

	/** The report of one shard, {@code spec} as {@code hash:2/3}; empty for a run that is not partitioned. */
	public JUnitXmlReport partition(Optional<String> spec) {
		this.partition = spec;
		return this;
	}

	public Path file() {
		return file;
	}

	/** Whether the report was written; false before the run ended, or when writing failed. */
	public boolean written() {
		return written;
	}

	/** Why the report could not be written, if it could not. */
	public Optional<Exception> failure() {
		return Optional.ofNullable(failure);
	}

	@Override
	public void on(RunEvent event) {
		if (event instanceof RunEvent.RunStarted runStarted) {
			runName = "solo-run-" + runStarted.profile();
			runId = Optional.of(runStarted.runId().toString());
			started = recordedStart.orElseGet(LocalDateTime::now);
			runStarted.units().forEach(unit -> cases.put(unit, null));
			for (NotRun skipped : runStarted.skipped()) {
				cases.put(skipped.unit(), skippedCases(skipped.unit(), skipped.reason(), TestResult.Status.SKIPPED));
			}
		}
		else if (event instanceof RunEvent.TestFinished finished) {
			Map<String, String> memory = MemoryProperties.of(finished.outcome().last().memory());
			cases.put(finished.unit(), finishedCases(finished.unit(), finished.outcome(), finished.tests()).stream()
					.map(testCase -> testCase.withProperties(memory)).toList());
		}
		else if (event instanceof RunEvent.TestNotRun notRun) {
			cases.put(notRun.unit(), skippedCases(notRun.unit(), notRun.reason(), TestResult.Status.NOT_RUN));
		}
		else if (event instanceof RunEvent.ScriptFinished script) {
			scripts.add(script.outcome());
		}
		else if (event instanceof RunEvent.RunFinished) {
			write();
		}
	}

	private void write() {
		Map<String, List<Case>> byClass = new LinkedHashMap<>();
		cases.forEach((unit, unitCases) -> {
			List<Case> known = stressed(unit, unitCases != null ? unitCases
					: skippedCases(unit, "not run", TestResult.Status.NOT_RUN));
			known.forEach(testCase -> byClass.computeIfAbsent(testCase.className(), name -> new ArrayList<>())
					.add(testCase));
		});
		List<Suite> suites = new ArrayList<>();
		scripts.stream().filter(ScriptOutcome::isSetup).map(ScriptCases::suite).forEach(suites::add);
		byClass.forEach((name, classCases) -> suites.add(new Suite(name, classCases)));
		scripts.stream().filter(s -> !s.isSetup()).map(ScriptCases::suite).forEach(suites::add);
		Map<String, String> properties = new LinkedHashMap<>();
		runId.ifPresent(id -> properties.put(RUN_ID_PROPERTY, id));
		partition.ifPresent(spec -> properties.put(PARTITION_PROPERTY, spec));
		try {
			JUnitXmlWriter.write(file, runName, started, properties, suites);
			written = true;
		}
		catch (Exception e) {
			failure = e;
		}
	}

	/**
	 * A stress run's copy names its cases with its run: {@code sometimes() [stress 3/50]}, one
	 * case per run, as each is a run of its own that a report lists apart.
	 */
	private static List<Case> stressed(ForkUnit unit, List<Case> cases) {
		if (unit.stressIndex().isEmpty()) {
			return cases;
		}
		String suffix = " [stress " + unit.stressIndex().get() + "]";
		return cases.stream().map(c -> new Case(c.className(), c.name() + suffix, c.time(), c.result(), c.skipped(),
				c.reruns(), c.flakes(), c.stdout(), c.stderr())).toList();
	}

	private static List<Case> skippedCases(ForkUnit unit, String reason, TestResult.Status status) {
		return UnitTests.notRun(unit, reason, status).stream().map(test -> new Case(test.className(), caseName(test),
				Duration.ZERO, Optional.empty(), Optional.of(reason), List.of(), List.of(), "", "")).toList();
	}

	/**
	 * A unit's test cases: its one test in the unit's shape; or each of its tests with its own
	 * result, the unit's output on the first that failed (else the first), since the child's
	 * output is one stream for all of them.
	 */
	static List<Case> finishedCases(ForkUnit unit, TestOutcome outcome, List<TestResult> tests) {
		if (tests.size() == 1) {
			Case whole = finishedCase(unit, outcome);
			return List.of(new Case(tests.get(0).className(), caseName(tests.get(0)), whole.time(), whole.result(),
					whole.skipped(), whole.reruns(), whole.flakes(), withAttachments(whole.stdout(), outcome),
					whole.stderr()));
		}
		int withOutput = 0;
		for (int i = 0; i < tests.size(); i++) {
			if (tests.get(i).status() == TestResult.Status.FAILED) {
				withOutput = i;
				break;
			}
		}
		Attempt last = outcome.last();
		List<Case> cases = new ArrayList<>();
		for (int i = 0; i < tests.size(); i++) {
			String stdout = i == withOutput ? withAttachments(last.stdout().text(), outcome) : "";
			String stderr = i == withOutput ? last.stderr().text() : "";
			cases.add(TestCases.of(tests.get(i), outcome, stdout, stderr));
		}
		return cases;
	}

	/**
	 * Each attempt's artifacts as Surefire and Jenkins name a test's attachments: a line
	 * {@code [[ATTACHMENT|/absolute/path]]} in its {@code system-out}.
	 */
	static String withAttachments(String stdout, TestOutcome outcome) {
		StringBuilder text = new StringBuilder(stdout);
		outcome.attempts().stream().flatMap(a -> a.artifacts().stream()).forEach(artifact -> {
			if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
				text.append('\n');
			}
			text.append("[[ATTACHMENT|").append(artifact.path().toAbsolutePath()).append("]]\n");
		});
		return text.toString();
	}

	/**
	 * Surefire's rerun shape: a test that passed in the end lists each failed attempt as a flaky
	 * one; a test that failed every attempt has its first failure as the result, with that
	 * attempt's output, and each retry as a rerun carrying its own.
	 */
	static Case finishedCase(ForkUnit unit, TestOutcome outcome) {
		List<Attempt> attempts = outcome.attempts();
		Attempt last = outcome.last();
		if (!last.isFailure()) {
			List<Problem> flakes = attempts.stream().filter(Attempt::isFailure).map(JUnitXmlReport::problem).toList();
			Optional<String> skipped = last.status() == AttemptStatus.SKIPPED || last.status() == AttemptStatus.ABORTED
					|| last.status() == AttemptStatus.CANCELLED ? Optional.of(reason(last)) : Optional.empty();
			return new Case(className(unit), caseName(unit), last.duration(), Optional.empty(), skipped, List.of(),
					flakes, last.stdout().text(), last.stderr().text());
		}
		Attempt first = attempts.get(0);
		List<Problem> reruns = attempts.subList(1, attempts.size()).stream().filter(Attempt::isFailure)
				.map(JUnitXmlReport::problem).toList();
		return new Case(className(unit), caseName(unit), first.duration(), Optional.of(problem(first)),
				Optional.empty(), reruns, List.of(), first.stdout().text(), first.stderr().text());
	}

	/** Why a test that did not fail did not pass either: the assumption's message, or the status. */
	private static String reason(Attempt attempt) {
		return attempt.failure().map(Throwable::getMessage)
				.orElse(attempt.status().name().toLowerCase(java.util.Locale.ROOT));
	}

	static Problem problem(Attempt attempt) {
		Throwable thrown = attempt.failure().orElse(null);
		if (thrown == null) {
			String what = "test " + attempt.status().name().toLowerCase(java.util.Locale.ROOT);
			return new Problem(Kind.ERROR, "dev.solo.engine.SoloFailure", Optional.of(what), what,
					attempt.stdout().text(), attempt.stderr().text());
		}
		String type = thrown instanceof RemoteException remote ? remote.originalType() : thrown.getClass().getName();
		Kind kind = attempt.status() == AttemptStatus.FAILED && isAssertion(thrown, type) ? Kind.FAILURE : Kind.ERROR;
		StringWriter stack = new StringWriter();
		thrown.printStackTrace(new PrintWriter(stack));
		return new Problem(kind, type, Optional.ofNullable(thrown.getMessage()), stack.toString(),
				attempt.stdout().text(), attempt.stderr().text());
	}

	/** As Surefire has it, an {@link AssertionError} fails a test and anything else is an error in it. */
	static boolean isAssertion(Throwable thrown, String type) {
		// An exception the parent could not recreate keeps only its name: opentest4j's, AssertJ's, Hamcrest's.
		return thrown instanceof AssertionError || type.endsWith("AssertionError")
				|| type.endsWith("AssertionFailedError") || type.endsWith("ComparisonFailure");
	}

	/** The class a unit belongs to: its method's or its own, else the nearest enclosing class. */
	static String className(ForkUnit unit) {
		for (Optional<? extends TestDescriptor> node = Optional.of(unit.descriptor()); node.isPresent();
				node = node.get().getParent()) {
			Optional<String> name = node.get().getSource().flatMap(source -> {
				if (source instanceof MethodSource method) {
					return Optional.of(method.getClassName());
				}
				return source instanceof ClassSource cls ? Optional.of(cls.getClassName()) : Optional.empty();
			});
			if (name.isPresent()) {
				return name.get();
			}
		}
		return unit.name();
	}

	/** Surefire's name for a JUnit 5 test: the method's name; for anything else, the display name. */
	static String caseName(ForkUnit unit) {
		return unit.descriptor().getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
				.map(MethodSource::getMethodName).orElse(unit.descriptor().getDisplayName());
	}

	/**
	 * Surefire's name for a test: a method without parameters by its name ({@code add}); for
	 * anything else JUnit's legacy reporting name, as console-standalone's XML has it ({@code positive(int)[1]}).
	 */
	static String caseName(TestResult test) {
		Optional<MethodSource> method = test.source().filter(MethodSource.class::isInstance)
				.map(MethodSource.class::cast);
		if (method.isPresent() && test.legacyName().equals(method.get().getMethodName() + "()")) {
			return method.get().getMethodName();
		}
		return test.legacyName();
	}
}
