package dev.solo.engine.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.MirrorDescriptor;
import dev.solo.engine.discovery.StressIndex;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.CapturedOutput;
import dev.solo.engine.events.ChildReport;
import dev.solo.engine.events.NotRun;
import dev.solo.engine.events.Rerun;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunStats;
import dev.solo.engine.events.TestOutcome;
import dev.solo.engine.protocol.RemoteException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;

/** A run written to the event log reads back as the same run, to every field a reporter reads. */
class EventLogTest {
	private final EngineDescriptor root = new EngineDescriptor(UniqueId.forEngine("solo"), "Solo");
	private final MirrorDescriptor engine = mirror(root, "[engine:junit-jupiter]", "JUnit Jupiter", TestDescriptor.Type.CONTAINER, null);
	private final MirrorDescriptor classA = mirror(engine, "[engine:junit-jupiter]/[class:com.A]", "A", TestDescriptor.Type.CONTAINER,
			ClassSource.from("com.A"));
	private final MirrorDescriptor a1 = mirror(classA, "[engine:junit-jupiter]/[class:com.A]/[method:one()]", "one()",
			TestDescriptor.Type.TEST, MethodSource.from("com.A", "one", ""));
	private final MirrorDescriptor a2 = mirror(classA, "[engine:junit-jupiter]/[class:com.A]/[method:two(int)]", "two(int)",
			TestDescriptor.Type.CONTAINER, MethodSource.from("com.A", "two", "int"));
	private final MirrorDescriptor classB = mirror(engine, "[engine:junit-jupiter]/[class:com.B]", "B", TestDescriptor.Type.CONTAINER,
			ClassSource.from("com.B"));
	private final MirrorDescriptor b1 = mirror(classB, "[engine:junit-jupiter]/[class:com.B]/[method:x()]", "x()",
			TestDescriptor.Type.TEST, MethodSource.from("com.B", "x", ""));

	@Test
	void everyEventReadsBackAsWritten() throws IOException {
		ForkUnit one = ForkUnit.recorded(a1, List.of(), Optional.empty());
		ForkUnit two = ForkUnit.recorded(a2, List.of(2, 5), Optional.of("its tests share a @BeforeAll"));
		ForkUnit skipped = ForkUnit.recorded(b1, List.of(), Optional.empty());
		Attempt failedOnce = attempt(1, AttemptStatus.FAILED, failure(), "out ✓\n".getBytes(StandardCharsets.UTF_8),
				new byte[] { (byte) 0xff, 0, 1 }, report(a1));
		Attempt passed = attempt(2, AttemptStatus.PASSED, null, new byte[0], new byte[0], new ChildReport());
		Attempt crashed = new Attempt(1, 1, AttemptStatus.CRASHED, Duration.ofMillis(12), Optional.of(new IllegalStateException("JVM exited with code 3")),
				new ChildReport(), new CapturedOutput("head".getBytes(), "tail".getBytes(), 12345), CapturedOutput.EMPTY,
				Optional.of("\"main\" RUNNABLE"), List.of("sleep 100"), true, 42, Optional.of(3), List.of(Duration.ofSeconds(1)), List.of());
		List<RunEvent> events = List.of(
				new RunEvent.RunStarted(UUID.randomUUID(), "ci", List.of(one, two), 2,
						List.of(new NotRun(skipped, Rerun.ALREADY_PASSED)),
						Optional.of(new Rerun(UUID.randomUUID(), List.of(new Rerun.Outstanding("[engine:solo]/x", "com.X#y()"))))),
				new RunEvent.TestStarted(one, 1, 2),
				new RunEvent.TestSlow(one, 1, Duration.ofSeconds(60), false),
				new RunEvent.AttemptFinished(one, failedOnce),
				new RunEvent.TestRetrying(one, failedOnce, Duration.ofMillis(250)),
				new RunEvent.TestStarted(one, 2, 2, 1),
				new RunEvent.AttemptFinished(one, passed),
				new RunEvent.TestFinished(one, new TestOutcome(List.of(failedOnce, passed), true)),
				new RunEvent.AttemptFinished(two, crashed),
				new RunEvent.TestFinished(two, new TestOutcome(List.of(crashed), false)),
				new RunEvent.TestNotRun(skipped, "cancelled"),
				new RunEvent.RunFinished(new RunStats(2, 2, 1, 1, 1, 0, 1, 1, 0, 1, Duration.ofMillis(1234)), true));

		EventLogReader.Result read = EventLogReader.read(new ByteArrayInputStream(write(events)));

		assertEquals(Optional.empty(), read.damage());
		List<String> expected = render(events);
		List<String> actual = render(read.events());
		for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
			assertEquals(expected.get(i), actual.get(i), "line " + i);
		}
		assertEquals(expected.size(), actual.size());
	}

	/**
	 * A stress run's copies read back with their index; a copy that joined the run as it went (a
	 * timed stress run's later round) is declared where it first appears, and reads back the same.
	 */
	@Test
	void stressCopiesReadBackWithTheirIndexAlsoWhenAddedAsTheRunWent() throws IOException {
		ForkUnit one = ForkUnit.recorded(a1, List.of(), Optional.empty());
		ForkUnit first = one.stressCopy(new StressIndex(1, OptionalInt.of(2)));
		ForkUnit second = one.stressCopy(new StressIndex(2, OptionalInt.of(2)));
		ForkUnit later = one.stressCopy(new StressIndex(3, OptionalInt.empty()));
		Attempt passed = attempt(1, AttemptStatus.PASSED, null, new byte[0], new byte[0], new ChildReport());
		List<RunEvent> events = List.of(new RunEvent.RunStarted(UUID.randomUUID(), "default", List.of(first, second), 2),
				new RunEvent.TestStarted(second, 1, 1),
				new RunEvent.AttemptFinished(second, passed),
				new RunEvent.TestFinished(second, new TestOutcome(List.of(passed), false)),
				new RunEvent.TestStarted(later, 1, 1),
				new RunEvent.AttemptFinished(later, passed),
				new RunEvent.TestFinished(later, new TestOutcome(List.of(passed), false)),
				new RunEvent.TestNotRun(first, "cancelled"));

		EventLogReader.Result read = EventLogReader.read(new ByteArrayInputStream(write(events)));

		assertEquals(Optional.empty(), read.damage());
		assertEquals(render(events), render(read.events()));
		assertEquals(Optional.of("3"), ((RunEvent.TestFinished) read.events().get(6)).unit().stressIndex().map(String::valueOf));
		assertEquals(Optional.of("2/2"), ((RunEvent.TestFinished) read.events().get(3)).unit().stressIndex().map(String::valueOf));
	}

	@Test
	void aLogCutShortKeepsTheEventsBeforeTheCut() throws IOException {
		ForkUnit one = ForkUnit.recorded(a1, List.of(), Optional.empty());
		Attempt passed = attempt(1, AttemptStatus.PASSED, null, new byte[0], new byte[0], new ChildReport());
		List<RunEvent> events = List.of(new RunEvent.RunStarted(UUID.randomUUID(), "default", List.of(one), 1),
				new RunEvent.AttemptFinished(one, passed), new RunEvent.TestFinished(one, new TestOutcome(List.of(passed), false)));
		byte[] whole = write(events);
		byte[] cut = Arrays.copyOf(whole, whole.length - 10);

		EventLogReader.Result read = EventLogReader.read(new ByteArrayInputStream(cut));

		assertEquals(2, read.events().size());
		assertTrue(read.damage().orElseThrow().startsWith("cut short after 2 events"), read.damage().toString());
	}

	@Test
	void eachEventKeepsItsTimeFromTheRunsStartAndAnOlderLogReadsWithoutTimes() throws IOException, InterruptedException {
		ForkUnit one = ForkUnit.recorded(a1, List.of(), Optional.empty());
		Attempt passed = attempt(1, AttemptStatus.PASSED, null, new byte[0], new byte[0], new ChildReport());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (EventLogWriter writer = new EventLogWriter(out)) {
			writer.write(new RunEvent.RunStarted(UUID.randomUUID(), "default", List.of(one), 1));
			Thread.sleep(60);
			writer.write(new RunEvent.AttemptFinished(one, passed));
		}

		List<Long> times = EventLogReader.read(new ByteArrayInputStream(out.toByteArray())).times();

		assertEquals(2, times.size(), times.toString());
		assertTrue(times.get(0) >= 0 && times.get(0) < 50, times.toString());
		assertTrue(times.get(1) - times.get(0) >= 60, times.toString());
		String older = new String(out.toByteArray(), StandardCharsets.UTF_8).replaceAll(",\"at-ms\":\\d+", "");
		EventLogReader.Result read = EventLogReader.read(new ByteArrayInputStream(older.getBytes(StandardCharsets.UTF_8)));
		assertEquals(Optional.empty(), read.damage());
		assertEquals(List.of(-1L, -1L), read.times());
	}

	@Test
	void aLogFromANewerSoloIsRefusedByName() throws IOException {
		String line = "{\"type\":\"run-started\",\"format-version\":99}\n";
		EventLogReader.Result read = EventLogReader.read(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)));
		assertTrue(read.damage().orElseThrow().contains("log format 99 by a newer Solo"), read.damage().toString());
	}

	@Test
	void outputBeyondTheCapKeepsItsHeadAndTailAndCountsTheCut() throws IOException {
		ForkUnit one = ForkUnit.recorded(a1, List.of(), Optional.empty());
		byte[] big = new byte[AttemptJson.OUTPUT_CAP + 1000];
		Arrays.fill(big, (byte) 'x');
		Attempt loud = new Attempt(1, 1, AttemptStatus.PASSED, Duration.ZERO, Optional.empty(), new ChildReport(),
				new CapturedOutput(big, "end".getBytes(), 7), CapturedOutput.EMPTY, Optional.empty(), List.of(), false, 1,
				Optional.of(0), List.of(), List.of());
		List<RunEvent> events = List.of(new RunEvent.RunStarted(UUID.randomUUID(), "default", List.of(one), 1),
				new RunEvent.AttemptFinished(one, loud));

		Attempt read = ((RunEvent.AttemptFinished) EventLogReader.read(new ByteArrayInputStream(write(events))).events()
				.get(1)).attempt();

		assertEquals(AttemptJson.OUTPUT_CAP / 2, read.stdout().head().length);
		assertEquals(loud.stdout().totalBytes(), read.stdout().totalBytes());
		assertTrue(read.stdout().text().endsWith("end"));
	}

	private static byte[] write(List<RunEvent> events) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (EventLogWriter writer = new EventLogWriter(out)) {
			for (RunEvent event : events) {
				writer.write(event);
			}
		}
		return out.toByteArray();
	}

	private static Throwable failure() {
		IllegalStateException cause = new IllegalStateException("root cause");
		AssertionError failure = new AssertionError("expected: <1> but was: <2>", cause);
		failure.addSuppressed(new RuntimeException("while closing"));
		return failure;
	}

	private static ChildReport report(MirrorDescriptor test) {
		ChildReport report = new ChildReport();
		UniqueId id = test.delegateId();
		report.add(new ChildReport.Registered(id.append("dynamic", "#1"), id, "[1] 1", "[1] 1", TestDescriptor.Type.TEST,
				MethodSource.from("com.A", "one", ""), Set.of("fast")));
		report.add(new ChildReport.Started(id));
		report.add(new ChildReport.Published(id, Map.of("key", "value")));
		report.add(new ChildReport.FilePublished(id, "/tmp/report.txt", "text/plain"));
		report.add(new ChildReport.Skipped(id.append("dynamic", "#2"), "disabled"));
		report.add(new ChildReport.Finished(id, TestExecutionResult.failed(new AssertionError("boom"))));
		return report;
	}

	private static Attempt attempt(int number, AttemptStatus status, Throwable failure, byte[] out, byte[] err,
			ChildReport report) {
		return new Attempt(number, 2, status, Duration.ofNanos(412_345_678L + number), Optional.ofNullable(failure), report,
				new CapturedOutput(out, new byte[0], 0), new CapturedOutput(err, new byte[0], 0), Optional.empty(), List.of(),
				false, 1000 + number, Optional.of(0), List.of(), List.of());
	}

	private static MirrorDescriptor mirror(TestDescriptor parent, String delegateId, String name, TestDescriptor.Type type,
			org.junit.platform.engine.TestSource source) {
		UniqueId delegate = UniqueId.parse(delegateId);
		UniqueId solo = UniqueId.forEngine("solo");
		for (UniqueId.Segment segment : delegate.getSegments()) {
			solo = solo.append(segment);
		}
		MirrorDescriptor mirror = new MirrorDescriptor(solo, delegate, name, name + " (legacy)", type, source,
				Set.of(TestTag.create("slow")), type == TestDescriptor.Type.CONTAINER, "org.junit.jupiter.engine.JupiterTestEngine");
		parent.addChild(mirror);
		return mirror;
	}

	/** Every fact a sink reads of the events, as text, so two runs compare field by field. */
	private static List<String> render(List<RunEvent> events) {
		List<String> lines = new ArrayList<>();
		for (RunEvent event : events) {
			if (event instanceof RunEvent.RunStarted s) {
				lines.add("started " + s.runId() + " " + s.profile() + " " + s.testThreads() + " " + s.rerun());
				s.units().forEach(u -> lines.add("  unit " + unit(u)));
				s.skipped().forEach(n -> lines.add("  skipped " + unit(n.unit()) + " " + n.reason()));
			}
			else if (event instanceof RunEvent.TestStarted s) {
				lines.add("test-started " + s.unit().name() + " " + s.attempt() + "/" + s.totalAttempts());
			}
			else if (event instanceof RunEvent.TestSlow s) {
				lines.add("slow " + s.unit().name() + " " + s.attempt() + " " + s.elapsed() + " " + s.terminating());
			}
			else if (event instanceof RunEvent.AttemptFinished f) {
				lines.add("attempt " + f.unit().name() + " " + attempt(f.attempt()));
			}
			else if (event instanceof RunEvent.TestRetrying r) {
				lines.add("retrying " + r.unit().name() + " " + attempt(r.failed()) + " " + r.delay());
			}
			else if (event instanceof RunEvent.TestFinished f) {
				lines.add("finished " + f.unit().name() + " " + f.outcome().flakyFails() + " "
						+ f.outcome().attempts().stream().map(EventLogTest::attempt).collect(Collectors.joining(" | ")));
			}
			else if (event instanceof RunEvent.TestNotRun n) {
				lines.add("not-run " + n.unit().name() + " " + n.reason());
			}
			else if (event instanceof RunEvent.RunFinished f) {
				lines.add("run-finished " + f.stats() + " " + f.cancelled());
			}
		}
		return lines;
	}

	private static String unit(ForkUnit unit) {
		StringBuilder text = new StringBuilder(unit.name() + " " + unit.iterations() + " " + unit.wholeReason() + " "
				+ unit.testCount() + " " + unit.stressIndex());
		for (Optional<TestDescriptor> d = Optional.of(unit.descriptor()); d.isPresent(); d = d.get().getParent()) {
			TestDescriptor node = d.get();
			text.append(" <").append(node.getUniqueId()).append(' ').append(node.getDisplayName()).append(' ')
					.append(node.getLegacyReportingName()).append(' ').append(node.getType()).append(' ')
					.append(node.getSource()).append(' ').append(node.getTags());
			if (node instanceof MirrorDescriptor mirror) {
				text.append(' ').append(mirror.delegateId()).append(' ').append(mirror.engineClass()).append(' ')
						.append(mirror.mayRegisterTests());
			}
		}
		return text.toString();
	}

	private static String attempt(Attempt a) {
		return a.number() + "/" + a.totalAttempts() + " " + a.status() + " " + a.duration() + " "
				+ a.failure().map(EventLogTest::trace).orElse("-") + " out=" + Arrays.toString(a.stdout().head())
				+ Arrays.toString(a.stdout().tail()) + a.stdout().droppedBytes() + " err=" + Arrays.toString(a.stderr().head())
				+ " dump=" + a.threadDump() + " leaked=" + a.leakedProcesses() + a.leaked() + " pid=" + a.pid() + " exit="
				+ a.exitCode() + " slow=" + a.slowReports() + " report=" + a.report().entries().stream()
						.map(EventLogTest::entry).collect(Collectors.joining(";"));
	}

	private static String entry(ChildReport.Entry entry) {
		if (entry instanceof ChildReport.Finished f) {
			return "finished " + f.id() + " " + f.result().getStatus() + " " + f.result().getThrowable().map(EventLogTest::trace);
		}
		return entry.toString();
	}

	/** As a reporter prints it: the original type's name, message, frames, causes and suppressed. */
	private static String trace(Throwable throwable) {
		StringWriter text = new StringWriter();
		throwable.printStackTrace(new PrintWriter(text));
		String type = throwable instanceof RemoteException remote ? remote.originalType() : throwable.getClass().getName();
		return type + ": " + text;
	}
}
