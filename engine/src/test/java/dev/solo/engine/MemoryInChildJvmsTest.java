package dev.solo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.solo.engine.config.Settings;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.MemoryUse;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunEventSink;
import dev.solo.engine.fixtures.AloneFixture;
import dev.solo.engine.fixtures.HeapFixture;
import dev.solo.engine.fixtures.Recorder;
import dev.solo.engine.fixtures.StuckFixture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Memory per test JVM, through the Launcher API with Solo on: each attempt's figures measured in
 * its JVM, and a {@code test-memory} budget that fits two of four 300 MB tests at {@code -j 4}.
 */
@ExtendWith(NoChildJvmLeft.class)
class MemoryInChildJvmsTest {
	private static final long MB = 1L << 20;

	@TempDir
	Path records;
	@TempDir
	Path project;

	@Test
	void aBudgetThatFitsTwoKeepsTwoRunningOfFourAndABiggerTestRunsAloneSaidOnce() throws IOException {
		writeConfig("""
				[profile.default]
				test-memory = "900m"
				jvm-args = ["-Xmx600m"]

				[[profile.default.overrides]]
				filter = 'class(=dev.solo.engine.fixtures.HeapFixture)'
				memory = "400m"

				[[profile.default.overrides]]
				filter = 'class(=dev.solo.engine.fixtures.AloneFixture)'
				memory = "2g"
				""");
		Run run = run(Map.of("solo.test-threads", "4"), selectClass(HeapFixture.class), selectClass(AloneFixture.class));

		assertEquals(0, run.summary.getTotalFailureCount(), () -> run.summary.getFailures().toString());
		assertEquals(5, run.summary.getTestsSucceededCount());
		List<Span> heaps = new ArrayList<>();
		for (String test : List.of("first", "second", "third", "fourth")) {
			heaps.addAll(read("heap." + test));
		}
		assertEquals(4, heaps.size(), "each ran once: nothing was killed and retried");
		assertTrue(mostAtOnce(heaps) <= 2, () -> "more than two held their heaps at once: " + heaps);
		assertEquals(2, mostAtOnce(heaps), () -> "the budget fits two, and -j 4 would run them: " + heaps);
		// The scheduler's own view: from each attempt's start to its end, never three of them.
		assertTrue(mostAtOnce(run.spans("HeapFixture")) <= 2, () -> "attempts overlapped: " + run.spans);
		Span alone = read("alone.big").get(0);
		Span aloneAttempt = run.spans("AloneFixture").get(0);
		for (Span other : run.spans("HeapFixture")) {
			assertTrue(!other.overlaps(aloneAttempt), () -> "ran beside the test that must run alone: " + other);
		}
		for (Span heap : heaps) {
			assertTrue(!heap.overlaps(alone), () -> heap + " held its heap beside " + alone);
		}
		long warnings = run.err.lines().filter(l -> l.contains("AloneFixture") && l.contains("it runs alone")).count();
		assertEquals(1, warnings, run.err);
		for (Attempt attempt : run.attempts.values()) {
			assertEquals(AttemptStatus.PASSED, attempt.status());
		}
	}

	@Test
	void eachAttemptSaysItsPeakResidentSetItsPeakHeapAndItsCollections() throws IOException {
		writeConfig("""
				[profile.default]
				jvm-args = ["-Xmx600m"]
				""");
		Run run = run(Map.of("solo.test-threads", "2", "solo.test-memory", "none"), selectClass(HeapFixture.class),
				selectClass(AloneFixture.class));

		assertEquals(0, run.summary.getTotalFailureCount(), () -> run.summary.getFailures().toString());
		MemoryUse heap = run.attempts.get("first()").memory();
		assertTrue(heap.peakRssBytes() >= HEAP_MB * MB, heap::toString);
		assertTrue(heap.peakRssBytes() < 2048 * MB, heap::toString);
		assertTrue(heap.peakHeapBytes() >= HEAP_MB * MB, heap::toString);
		assertTrue(heap.gcCount() >= 0 && heap.gcMillis() >= 0, heap::toString);
		MemoryUse small = run.attempts.get("big()").memory();
		assertTrue(small.peakRssBytes() > 0 && small.peakRssBytes() < heap.peakRssBytes(),
				() -> small + " against " + heap);
		assertTrue(small.peakHeapBytes() >= 0 && small.peakHeapBytes() < HEAP_MB * MB, small::toString);
	}

	@Test
	void withoutHeapStatsATestJvmReportsItsPeakResidentSetAlone() throws IOException {
		writeConfig("""
				[profile.default]
				heap-stats = false
				""");
		Run run = run(Map.of("solo.test-threads", "1"), selectClass(AloneFixture.class));

		assertEquals(0, run.summary.getTotalFailureCount(), () -> run.summary.getFailures().toString());
		MemoryUse memory = run.attempts.get("big()").memory();
		assertTrue(memory.peakRssBytes() > 0, memory::toString);
		assertEquals(-1, memory.peakHeapBytes(), memory::toString);
		assertEquals(-1, memory.gcCount(), memory::toString);
	}

	@Test
	void aJvmKilledAtItsTimeoutHasThePeakTheHostReadBeforeKillingItAndNothingElse() throws IOException {
		writeConfig("");
		Run run = run(Map.of("solo.test-threads", "1", "solo.slow-timeout", "1s", "solo.slow-timeout.terminate-after",
				"1", "solo.slow-timeout.grace-period", "1s"), selectClass(StuckFixture.class));

		Attempt attempt = run.attempts.get("sleeps()");
		assertEquals(AttemptStatus.TIMED_OUT, attempt.status());
		MemoryUse memory = attempt.memory();
		assertTrue(memory.peakRssBytes() > 0, memory::toString);
		assertEquals(-1, memory.peakHeapBytes(), "the JVM never said: not guessed");
		assertEquals(-1, memory.gcCount());
	}

	/** What each HeapFixture test holds. */
	private static final long HEAP_MB = 300;

	private static int mostAtOnce(List<Span> spans) {
		int most = 0;
		for (Span span : spans) {
			// the most at once is reached at some span's start
			int at = 0;
			for (Span other : spans) {
				if (other.start <= span.start && span.start < other.end) {
					at++;
				}
			}
			most = Math.max(most, at);
		}
		return most;
	}

	private void writeConfig(String toml) throws IOException {
		Files.createDirectories(project.resolve(".config"));
		Files.writeString(project.resolve(".config").resolve("solo.toml"), toml);
	}

	private Run run(Map<String, String> parameters, DiscoverySelector... selectors) {
		System.setProperty(Recorder.DIR, records.toString());
		Map<String, String> configuration = new HashMap<>(parameters);
		configuration.put("solo.enabled", "true");
		configuration.put("solo.host-output", "false");
		Run run = new Run();
		configuration.put(Settings.WORKING_DIRECTORY, project.toString());
		PrintStream err = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try (LauncherSession session = LauncherFactory.openSession();
				SoloRunListeners listeners = SoloRunListeners.forOneRun();
				AutoCloseable attached = listeners.attach(run)) {
			configuration.put(listeners.parameter().getKey(), listeners.parameter().getValue());
			session.getLauncher().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectors)
					.configurationParameters(configuration).build(), run.listener);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		finally {
			System.setErr(err);
		}
		run.err = captured.toString(StandardCharsets.UTF_8);
		run.summary = run.listener.getSummary();
		return run;
	}

	private List<Span> read(String name) throws IOException {
		List<Span> spans = new ArrayList<>();
		for (String text : Files.readAllLines(records.resolve(name + ".rec"))) {
			String[] f = text.split(" ");
			spans.add(new Span(name, Long.parseLong(f[0]), Long.parseLong(f[1])));
		}
		return spans;
	}

	private record Span(String name, long start, long end) {
		boolean overlaps(Span other) {
			return start < other.end && other.start < end;
		}
	}

	/** Each attempt's span from the run's events, by the unit's display name, in ms of the host's clock. */
	private static final class Run implements RunEventSink {
		final SummaryGeneratingListener listener = new SummaryGeneratingListener();
		final Map<String, Long> started = new ConcurrentHashMap<>();
		final List<Span> spans = java.util.Collections.synchronizedList(new ArrayList<>());
		final Map<String, Attempt> attempts = new ConcurrentHashMap<>();
		TestExecutionSummary summary;
		String err;

		@Override
		public void on(RunEvent event) {
			if (event instanceof RunEvent.TestStarted start) {
				started.put(start.unit().name(), System.currentTimeMillis());
			}
			else if (event instanceof RunEvent.AttemptFinished finished) {
				String name = finished.unit().name();
				spans.add(new Span(name, started.get(name), System.currentTimeMillis()));
				attempts.put(finished.unit().descriptor().getDisplayName(), finished.attempt());
			}
		}

		List<Span> spans(String className) {
			synchronized (spans) {
				return spans.stream().filter(s -> s.name().contains(className)).toList();
			}
		}
	}
}
