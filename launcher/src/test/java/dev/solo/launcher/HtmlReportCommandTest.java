package dev.solo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report.html} of {@code solo run}, {@code solo report html} and {@code solo replay --html}
 * as files: solo as a process with its store in the test's cache, two runs in one workspace so
 * that the second's page has the first as history.
 */
class HtmlReportCommandTest {
	private static final String FIXTURE = "dev.solo.launcher.fixtures.RecordFixture";
	private static final Duration TIMEOUT = Duration.ofMinutes(2);
	private static final Pattern DATA = Pattern.compile(
			"<script type=\"application/json\" id=\"solo-data\">(.*?)</script>", Pattern.DOTALL);
	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path work;

	@TempDir
	Path cache;

	@Test
	void everyRunWritesItsPageAndAnyRecordedRunGetsTheSameWithItsHistory() throws Exception {
		Result first = solo("run", "-cp", CliRun.TEST_CLASSES, "--select-class", FIXTURE, "-j", "2");
		assertEquals(ExitCodes.TEST_RUN_FAILED, first.code(), first.all());
		assertTrue(first.err().contains("    HTML report written to target/solo/default/report.html"), first.all());
		JsonNode firstPage = data(work.resolve("target/solo/default/report.html"));
		String firstId = firstPage.get("run").get("id").asText();
		assertEquals(0, firstPage.get("history").size(), "nothing ran before");
		assertEquals(2, firstPage.get("counts").get("failed").asInt());
		assertEquals(2, firstPage.get("run").get("lanes").asInt(), "-j 2 and five tests: two slots in use");

		Files.createFile(work.resolve("fixed-alpha"));
		Result second = solo("run", "-cp", CliRun.TEST_CLASSES, "--select-class", FIXTURE, "-j", "2");
		assertEquals(ExitCodes.TEST_RUN_FAILED, second.code(), second.all());
		JsonNode secondPage = data(work.resolve("target/solo/default/report.html"));
		assertEquals(firstId, secondPage.get("history").get(0).get("id").asText());
		Map<String, JsonNode> tests = byName(secondPage);
		assertEquals("passed", tests.get("alpha()").get("status").asText());
		assertTrue(tests.get("alpha()").get("history").asText().matches("f\\d+"), tests.get("alpha()").toString());
		assertTrue(tests.get("beta()").get("history").asText().matches("f\\d+"), tests.get("beta()").toString());
		JsonNode betaAttempt = tests.get("beta()").get("attempts").get(0);
		assertTrue(betaAttempt.get("output").asText().contains("beta looks for its fix"), betaAttempt.toString());
		assertTrue(betaAttempt.get("failure").asText().contains("beta is not fixed yet"), betaAttempt.toString());
		assertTrue(betaAttempt.get("end").asLong() > betaAttempt.get("start").asLong(), betaAttempt.toString());
		// Linux measures each test JVM's peak resident set (a JVM takes tens of MiB): the page's memory lane.
		assertTrue(betaAttempt.path("memory").asLong() > 16L << 20, betaAttempt.toString());

		// The first run from the store: its own page, with the times its record kept and no history.
		Result recorded = solo("report", "html", "-R", firstId.substring(0, 8), "-o", "first.html");
		assertEquals(ExitCodes.OK, recorded.code(), recorded.all());
		assertTrue(recorded.err().contains("HTML report of run " + firstId), recorded.all());
		JsonNode again = data(work.resolve("first.html"));
		assertEquals(firstId, again.get("run").get("id").asText());
		assertFalse(again.get("run").get("estimated").asBoolean(), "the record keeps each event's time");
		assertEquals(0, again.get("history").size());
		assertEquals(firstPage.get("counts"), again.get("counts"));
		Map<String, JsonNode> live = byName(firstPage);
		byName(again).forEach((name, test) -> assertEquals(live.get(name).get("attempts").get(0).get("slot"),
				test.get("attempts").get(0).get("slot"), name + "'s slot, live and recorded"));

		Result replayed = solo("replay", "--html", "latest.html");
		assertEquals(ExitCodes.OK, replayed.code(), replayed.all());
		assertEquals(secondPage.get("run").get("id"), data(work.resolve("latest.html")).get("run").get("id"));

		Result unknown = solo("report", "html", "-R", "ffffffff");
		assertEquals(ExitCodes.SETUP_ERROR, unknown.code(), unknown.all());
		assertEquals("error: no recorded run has an id starting with 'ffffffff' (solo store list shows them)", unknown.err().lines().findFirst().orElse(""),
				unknown.all());
		Result negative = solo("report", "html", "--history", "-1");
		assertEquals(ExitCodes.SETUP_ERROR, negative.code(), negative.all());
		assertTrue(negative.err().startsWith("error: --history: -1 is not a number of runs"), negative.all());
	}

	private static Map<String, JsonNode> byName(JsonNode page) {
		Map<String, JsonNode> tests = new HashMap<>();
		page.get("tests").forEach(test -> tests.put(test.get("name").asText(), test));
		return tests;
	}

	private static JsonNode data(Path page) throws IOException {
		Matcher data = DATA.matcher(Files.readString(page));
		assertTrue(data.find(), page + " has no data");
		return JSON.readTree(data.group(1));
	}

	private record Result(int code, String out, String err) {
		String all() {
			return "stdout:\n" + out + "\nstderr:\n" + err;
		}
	}

	private Result solo(String... args) throws IOException, InterruptedException {
		try (CliProcess process = CliProcess.start(work, Map.of("SOLO_CACHE_DIR", cache.toString(), "NO_COLOR", "1"),
				args)) {
			int code = process.waitFor(TIMEOUT);
			return new Result(code, process.out(), process.err());
		}
	}
}
