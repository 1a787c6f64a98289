package dev.solo.launcher;

import static dev.solo.launcher.CliRun.TEST_CLASSES;
import static dev.solo.launcher.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.launcher.CliRun.Result;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** {@code solo run --message-format json} in-process on the fixtures: what the stream holds, in what order. */
class JsonEventsTest {
	static final ObjectMapper MAPPER = new ObjectMapper();
	private static final String PASSING = "dev.solo.launcher.fixtures.PassingFixture";
	private static final String FAILING = "dev.solo.launcher.fixtures.FailingFixture";

	@Test
	void everyLineIsAnEventAndEachTestStartsFinishesItsAttemptThenFinishes() throws IOException {
		Result result = run("run", "-cp", TEST_CLASSES, "--select-class", PASSING, "-j", "2", "--message-format", "json");
		assertEquals(ExitCodes.OK, result.code(), result.out() + result.err());
		List<JsonNode> events = events(result.out());
		events.forEach(event -> assertEquals(2, event.get("format-version").asInt(), event.toString()));
		JsonNode started = events.get(0);
		assertEquals("run-started", started.get("type").asText());
		assertEquals(2, started.get("test-count").asInt());
		assertEquals(2, started.get("test-threads").asInt());
		assertEquals(0, started.get("skipped").size());
		assertFalse(started.get("run-id").asText().isEmpty());
		for (String test : new String[] { PASSING + "#first()", PASSING + "#second()" }) {
			int testStarted = index(events, "test-started", test);
			int attempt = index(events, "attempt-finished", test);
			int testFinished = index(events, "test-finished", test);
			assertTrue(0 < testStarted && testStarted < attempt && attempt < testFinished, result.out());
			assertTrue(events.get(testStarted).get("unique-id").asText().startsWith("[engine:solo]/"), result.out());
			assertEquals("passed", events.get(attempt).get("status").asText());
			assertFalse(events.get(attempt).has("failure"), result.out());
			assertEquals("passed", events.get(testFinished).get("status").asText());
			assertEquals(1, events.get(testFinished).get("attempts").asInt());
			assertFalse(events.get(testFinished).get("flaky").asBoolean());
		}
		JsonNode finished = events.get(events.size() - 1);
		assertEquals("run-finished", finished.get("type").asText());
		assertEquals(2, finished.get("stats").get("initial-count").asInt());
		assertEquals(2, finished.get("stats").get("finished").asInt());
		assertEquals(2, finished.get("stats").get("passed").asInt());
		assertEquals(0, finished.get("stats").get("failed").asInt());
		assertFalse(finished.get("cancelled").asBoolean());
		assertTrue(finished.get("elapsed-ms").asLong() > 0, result.out());
	}

	@Test
	void aFailingAttemptCarriesItsFailureAndWhatItPrinted() throws IOException {
		Result result = run("run", "-cp", TEST_CLASSES, "--select-class", FAILING, "--message-format", "json");
		assertEquals(ExitCodes.TEST_RUN_FAILED, result.code(), result.out() + result.err());
		List<JsonNode> events = events(result.out());
		JsonNode attempt = events.get(index(events, "attempt-finished", FAILING + "#fails()"));
		assertEquals("failed", attempt.get("status").asText());
		assertEquals("org.opentest4j.AssertionFailedError", attempt.get("failure").get("type").asText());
		assertEquals("arithmetic ==> expected: <2> but was: <3>", attempt.get("failure").get("message").asText());
		assertTrue(attempt.get("stdout").asText().contains("output of the failing test"), attempt.toString());
		assertEquals("failed", events.get(index(events, "test-finished", FAILING + "#fails()")).get("status").asText());
		JsonNode stats = events.get(events.size() - 1).get("stats");
		assertEquals(1, stats.get("passed").asInt());
		assertEquals(1, stats.get("failed").asInt());
	}

	@Test
	void aRetriedTestShowsTheRetryAndBothAttempts() throws IOException {
		Result result = run("run", "-cp", TEST_CLASSES, "--select-class", FAILING, "--retries", "1",
				"--message-format", "json", "fails");
		assertEquals(ExitCodes.TEST_RUN_FAILED, result.code(), result.out() + result.err());
		List<JsonNode> events = events(result.out());
		String test = FAILING + "#fails()";
		List<String> kinds = events.stream().filter(e -> test.equals(e.path("name").asText()))
				.map(e -> e.get("type").asText()).toList();
		assertEquals(List.of("test-started", "attempt-finished", "test-retrying", "test-started", "attempt-finished",
				"test-finished"), kinds);
		List<JsonNode> attempts = all(events, e -> e.get("type").asText().equals("attempt-finished"));
		assertEquals(List.of(1, 2), attempts.stream().map(a -> a.get("attempt").asInt()).toList());
		assertEquals(2, all(events, e -> e.get("type").asText().equals("test-started")).get(1)
				.get("total-attempts").asInt());
		assertEquals(1, events.get(index(events, "test-retrying", test)).get("failed-attempt").asInt());
		JsonNode finished = events.get(index(events, "test-finished", test));
		assertEquals(2, finished.get("attempts").asInt());
		assertFalse(finished.get("flaky").asBoolean());
	}

	@Test
	void jsonPrettyWritesTheSameEventsOverSeveralLines() throws IOException {
		Result result = run("run", "-cp", TEST_CLASSES, "--select-class", PASSING, "--message-format", "json-pretty",
				"first");
		assertEquals(ExitCodes.OK, result.code(), result.out() + result.err());
		List<JsonNode> events = new ArrayList<>();
		MAPPER.readerFor(JsonNode.class).readValues(result.out()).forEachRemaining(e -> events.add((JsonNode) e));
		assertEquals(List.of("run-started", "test-started", "attempt-finished", "test-finished", "run-finished"),
				events.stream().map(e -> e.get("type").asText()).toList());
		assertTrue(result.out().lines().count() > 5 * 3, result.out());
	}

	@Test
	void aBadFormatAndLiveOutputIntoJsonAreUsageErrors() {
		Result bad = run("run", "-cp", TEST_CLASSES, "--select-class", PASSING, "--message-format", "xml");
		assertEquals(2, bad.code(), bad.err());
		assertTrue(bad.err().contains("invalid value 'xml' for --message-format"), bad.err());
		Result live = run("run", "-cp", TEST_CLASSES, "--select-class", PASSING, "--message-format", "json",
				"--no-capture");
		assertEquals(2, live.code(), live.err());
		assertTrue(live.err().contains("--no-capture cannot be used with --message-format json"), live.err());
		assertEquals("", live.out());
	}

	@Test
	void eventsArriveWhileTheRunGoesOn() throws Exception {
		String sleeping = "dev.solo.launcher.fixtures.SleepingFixture";
		Path stderr = Files.createTempFile("solo-json-events", ".err");
		// solo as a process of its own, its stdout a pipe: what a consumer of the stream sees.
		Process solo = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), SoloMain.class.getName(), "run", "-cp", TEST_CLASSES,
				"--select-class", sleeping, "--message-format", "json")
				.redirectError(stderr.toFile())
				.start();
		// A hung run must not hang the build: killed, it ends the stream and fails below.
		CompletableFuture.delayedExecutor(60, TimeUnit.SECONDS).execute(solo::destroyForcibly);
		// Every JVM solo starts, sampled while it runs: the test's JVM starts after its test-started.
		Set<ProcessHandle> children = ConcurrentHashMap.newKeySet();
		ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
		sampler.scheduleWithFixedDelay(() -> solo.descendants().forEach(children::add), 0, 50, TimeUnit.MILLISECONDS);
		long sleeperStarted = 0;
		List<String> lines = new ArrayList<>();
		try (BufferedReader out = solo.inputReader(StandardCharsets.UTF_8)) {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				lines.add(line);
				JsonNode event = MAPPER.readTree(line);
				if (event.get("type").asText().equals("test-started")
						&& event.get("name").asText().equals(sleeping + "#sleeps()")) {
					sleeperStarted = System.nanoTime();
				}
			}
		}
		finally {
			sampler.shutdownNow();
		}
		int code = solo.waitFor();
		long exited = System.nanoTime();
		assertEquals(ExitCodes.OK, code, lines + Files.readString(stderr));
		assertTrue(sleeperStarted > 0, "no test-started of the sleeping test: " + lines);
		long ahead = TimeUnit.NANOSECONDS.toMillis(exited - sleeperStarted);
		assertTrue(ahead >= 1_000, "test-started came only " + ahead + " ms before the run ended: " + lines);
		assertEquals("run-finished", MAPPER.readTree(lines.get(lines.size() - 1)).get("type").asText());
		assertFalse(solo.isAlive());
		// Neither solo nor the JVM that ran the test outlives the run.
		assertFalse(children.isEmpty(), "the sleeping test ran in no child JVM");
		for (ProcessHandle child : children) {
			assertFalse(child.isAlive(), "left running: " + child.info());
		}
		Files.delete(stderr);
	}

	/** Each line of {@code out} as JSON: a line that is not fails the test. */
	static List<JsonNode> events(String out) throws JsonProcessingException {
		List<JsonNode> events = new ArrayList<>();
		for (String line : out.lines().toList()) {
			events.add(MAPPER.readTree(line));
		}
		assertFalse(events.isEmpty(), "no events");
		return events;
	}

	static int index(List<JsonNode> events, String type, String name) {
		for (int i = 0; i < events.size(); i++) {
			if (events.get(i).get("type").asText().equals(type) && events.get(i).path("name").asText().equals(name)) {
				return i;
			}
		}
		throw new AssertionError("no " + type + " of " + name + " in " + events);
	}

	private static List<JsonNode> all(List<JsonNode> events, Predicate<JsonNode> which) {
		return events.stream().filter(which).toList();
	}

	@Test
	void aRerunsRunStartedNamesItsBaseAndTheOutstandingTestsItLeftOutAndAPlainRunsSaysNull() throws IOException {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		dev.solo.launcher.output.JsonEvents json = new dev.solo.launcher.output.JsonEvents(
				new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8), false);
		java.util.UUID base = java.util.UUID.fromString("b0b38ba7-3a69-44c7-b52c-c0dabf839c07");
		json.on(new dev.solo.engine.events.RunEvent.RunStarted(java.util.UUID.randomUUID(), "default", List.of(), 2,
				List.of(), java.util.Optional.of(new dev.solo.engine.events.Rerun(base, List.of(
						new dev.solo.engine.events.Rerun.Outstanding("[engine:solo]/[class:a.B]/[method:c()]", "a.B#c()"))))));
		json.on(new dev.solo.engine.events.RunEvent.RunStarted(java.util.UUID.randomUUID(), "default", List.of(), 2));
		List<JsonNode> events = events(bytes.toString(StandardCharsets.UTF_8));
		JsonNode rerun = events.get(0).get("rerun");
		assertEquals(base.toString(), rerun.get("base-run-id").asText());
		assertEquals("a.B#c()", rerun.get("not-seen").get(0).get("name").asText());
		assertEquals("[engine:solo]/[class:a.B]/[method:c()]", rerun.get("not-seen").get(0).get("unique-id").asText());
		assertEquals(2, events.get(0).get("test-threads").asInt(), "the fields before it are unchanged");
		assertTrue(events.get(1).get("rerun").isNull(), events.get(1).toString());
	}
}
