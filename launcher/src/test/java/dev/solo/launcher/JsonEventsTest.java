package dev.solo.launcher;

import static dev.solo.launcher.CliRun.TEST_CLASSES;
import static dev.solo.launcher.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.launcher.CliRun.Result;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
		events.forEach(event -> assertEquals(1, event.get("format-version").asInt(), event.toString()));
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
}
