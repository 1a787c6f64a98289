package dev.solo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.solo.engine.fixtures.AheadFixture;
import dev.solo.engine.fixtures.FlakyFixture;
import dev.solo.engine.fixtures.FreeFixture;
import dev.solo.engine.fixtures.LockedAFixture;
import dev.solo.engine.fixtures.LockedBFixture;
import dev.solo.engine.fixtures.Recorder;
import dev.solo.engine.fixtures.SerialFixture;
import dev.solo.engine.fixtures.UnlockedFixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Test groups (from a {@code .config/solo.toml}), slots, resource locks and the units a partition
 * leaves out, through the Launcher API with Solo on,
 * each fixture test in a child JVM of its own at {@code test-threads = 2}.
 */
@ExtendWith(NoChildJvmLeft.class)
class SchedulingInChildJvmsTest {
	@TempDir
	Path records;
	@TempDir
	Path project;

	@Test
	void aGroupOfMaxThreadsOneNeverOverlapsAndSlotsLastAcrossRetries() throws IOException {
		writeConfig("""
				[[profile.default.overrides]]
				filter = 'class(=dev.solo.engine.fixtures.SerialFixture)'
				test-group = 'serial'

				[test-groups.serial]
				max-threads = 1
				""");
		Run run = run(Map.of("solo.retries", "1"), selectClass(SerialFixture.class), selectClass(FreeFixture.class),
				selectClass(FlakyFixture.class));

		assertEquals(0, run.summary.getTotalFailureCount(), () -> run.summary.getFailures().toString());
		assertEquals(6, run.summary.getTestsSucceededCount());
		assertEquals(Map.of(), run.skipped);

		List<Line> serial = new ArrayList<>();
		for (String test : List.of("one", "two", "three")) {
			List<Line> lines = read("serial." + test);
			assertEquals(1, lines.size());
			assertEquals("serial", lines.get(0).group);
			assertEquals("0", lines.get(0).groupSlot, "max-threads = 1: always the group's first slot");
			serial.add(lines.get(0));
		}
		for (Line a : serial) {
			for (Line b : serial) {
				assertTrue(a == b || !a.overlaps(b), () -> "serial tests overlap: " + serial);
			}
		}
		List<Line> flaky = read("flaky.failsFirst");
		assertEquals(List.of("1", "2"), flaky.stream().map(l -> l.attempt).toList());
		assertEquals(flaky.get(0).globalSlot, flaky.get(1).globalSlot, "a retry keeps its slot");
		assertEquals(flaky.get(0).globalSlot, flaky.get(0).groupSlot, "in @global the group slot is the global slot");
		Stream.of(serial, flaky, read("free.free"), read("free.skipped")).flatMap(List::stream)
				.forEach(line -> assertTrue(List.of("0", "1").contains(line.globalSlot), line::toString));
	}

	@Test
	void aUnitOutsideThePartitionIsReportedSkippedAndNeverStarts() throws IOException {
		Run run = run(Map.of("solo.partition", "count:1/2"), selectClass(FreeFixture.class));

		assertEquals(1, run.summary.getTestsSucceededCount(), () -> run.summary.getFailures().toString());
		assertEquals(1, run.skipped.size(), run.skipped::toString);
		String skipped = run.skipped.keySet().iterator().next();
		assertTrue(run.skipped.get(skipped).contains("partition count:1/2"), run.skipped::toString);
		String ran = skipped.equals("free()") ? "skipped" : "free";
		assertTrue(Files.notExists(records.resolve("free." + skipped.replace("()", "") + ".rec")),
				"a skipped unit never starts");
		assertEquals(1, read("free." + ran).size());
	}

	@Test
	void unitsHoldingTheSameResourceLockNeverOverlapAnUnlockedOneRunsBesideThem() throws IOException {
		Run run = run(Map.of(), selectClass(LockedAFixture.class),
				selectClass(LockedBFixture.class), selectClass(UnlockedFixture.class));

		assertEquals(3, run.summary.getTestsSucceededCount(), () -> run.summary.getFailures().toString());
		Line a = read("lockedA").get(0);
		Line b = read("lockedB").get(0);
		Line free = read("unlocked").get(0);
		assertTrue(!a.overlaps(b), () -> "@ResourceLock(\"same\") overlapped: " + a + " / " + b);
		assertTrue(free.overlaps(a) || free.overlaps(b), () -> "no head-of-line blocking: " + free + " ran alone");
	}

	/**
	 * {@code warm-start-ahead = 2} at {@code -j 1}: behind the one running test, three JVMs start
	 * at once (one per slot and two more), so a test's JVM starts before the test two places
	 * before it ends, which one JVM ahead never does; the tests themselves still run one at a time.
	 */
	@Test
	void warmStartAheadStartsMoreJvmsBehindABusySlotAndTestsStillRunOneAtATime() throws IOException {
		Run run = run(Map.of("solo.test-threads", "1", "solo.warm-start-ahead", "2"),
				selectClass(AheadFixture.class));

		assertEquals(4, run.summary.getTestsSucceededCount(), () -> run.summary.getFailures().toString());
		List<long[]> tests = new ArrayList<>();
		for (String test : List.of("one", "two", "three", "four")) {
			String[] f = Files.readString(records.resolve("ahead." + test + ".rec")).strip().split(" ");
			tests.add(new long[] {Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2])});
		}
		tests.sort(java.util.Comparator.comparingLong(t -> t[1]));
		for (int i = 1; i < tests.size(); i++) {
			assertTrue(tests.get(i)[1] >= tests.get(i - 1)[2], "-j 1: tests overlap");
		}
		// the third test's JVM began while the first test ran: two JVMs waited behind it at once
		assertTrue(tests.get(2)[0] < tests.get(0)[2], () -> "JVM start, test start, test end: "
				+ tests.stream().map(java.util.Arrays::toString).toList());
	}

	/**
	 * A {@code .config/solo.toml} in a folder made the run's working directory: the engine
	 * searches it from {@code user.dir}, as in a project.
	 */
	private void writeConfig(String toml) throws IOException {
		Files.createDirectories(project.resolve(".config"));
		Files.writeString(project.resolve(".config").resolve("solo.toml"), toml);
	}

	private Run run(Map<String, String> parameters, DiscoverySelector... selectors) {
		System.setProperty(Recorder.DIR, records.toString());
		Map<String, String> configuration = new HashMap<>(parameters);
		configuration.put("solo.enabled", "true");
		configuration.putIfAbsent("solo.test-threads", "2");
		configuration.put("solo.host-output", "false");
		Run run = new Run();
		String workingDirectory = System.getProperty("user.dir");
		System.setProperty("user.dir", project.toString());
		try (LauncherSession session = LauncherFactory.openSession()) {
			session.getLauncher().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectors)
					.configurationParameters(configuration).build(), run.listener, run);
		}
		finally {
			System.setProperty("user.dir", workingDirectory);
		}
		run.summary = run.listener.getSummary();
		return run;
	}

	private List<Line> read(String name) throws IOException {
		List<Line> lines = new ArrayList<>();
		for (String text : Files.readAllLines(records.resolve(name + ".rec"))) {
			String[] f = text.split(" ");
			lines.add(new Line(Long.parseLong(f[0]), Long.parseLong(f[1]), f[2], f[3], f[4], f[5]));
		}
		return lines;
	}

	private record Line(long start, long end, String globalSlot, String group, String groupSlot, String attempt) {
		boolean overlaps(Line other) {
			return start < other.end && other.start < end;
		}
	}

	private static final class Run implements TestExecutionListener {
		final SummaryGeneratingListener listener = new SummaryGeneratingListener();
		final Map<String, String> skipped = new LinkedHashMap<>();
		TestExecutionSummary summary;

		@Override
		public void executionSkipped(TestIdentifier test, String reason) {
			skipped.put(test.getDisplayName(), reason);
		}
	}
}
