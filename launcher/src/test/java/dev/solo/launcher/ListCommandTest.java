package dev.solo.launcher;

import static dev.solo.launcher.CliRun.TEST_CLASSES;
import static dev.solo.launcher.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.launcher.CliRun.Result;
import dev.solo.launcher.fixtures.ListedFixture;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** Runs {@code solo list} in-process on the fixtures: discovery only, so each call is quick. */
class ListCommandTest {
	private static final String PASSING = "dev.solo.launcher.fixtures.PassingFixture";
	private static final String LISTED = "dev.solo.launcher.fixtures.ListedFixture";

	@Test
	void listsEachClassAndItsUnitsAsNextestDoesAndRunsNothing() throws IOException {
		Files.deleteIfExists(ListedFixture.TRACE);
		Result result = list("--select-class", PASSING, "--select-class", LISTED);
		assertEquals(ExitCodes.OK, result.code(), result.err());
		assertEquals(List.of(
				LISTED + ":",
				"    held()",
				"    leavesATrace()",
				"    squares(int)",
				PASSING + ":",
				"    first()",
				"    second()",
				"5 tests across 2 classes"), result.out().lines().toList());
		assertEquals("", result.err());
		// Listing returns only after discovery, and discovery runs no test: had a JVM run
		// leavesATrace(), its trace would be there now.
		assertFalse(Files.exists(ListedFixture.TRACE), "list ran a test");
	}

	@Test
	void jsonHasItsFormatVersionTheFieldsAndTheCount() throws IOException {
		for (String format : new String[] { "json", "json-pretty" }) {
			Result result = list("--select-class", PASSING, "--select-class", LISTED, "--message-format", format);
			assertEquals(ExitCodes.OK, result.code(), result.err());
			assertEquals(format.equals("json"), result.out().lines().count() == 1, result.out());
			JsonNode document = new ObjectMapper().readTree(result.out());
			assertEquals(1, document.get("format-version").asInt());
			assertEquals(5, document.get("test-count").asInt());
			assertEquals(5, document.get("tests").size());
			JsonNode trace = test(document, "leavesATrace");
			assertEquals("", trace.get("module").asText());
			assertEquals(LISTED, trace.get("class").asText());
			assertEquals("leavesATrace()", trace.get("display-name").asText());
			assertEquals("[engine:solo]/[engine:junit-jupiter]/[class:" + LISTED + "]/[method:leavesATrace()]",
					trace.get("unique-id").asText());
			assertEquals("slow", trace.get("tags").get(0).asText());
			assertEquals("junit-jupiter", trace.get("engine").asText());
			assertEquals("method", trace.get("source").get("type").asText());
			assertEquals(LISTED, trace.get("source").get("class").asText());
			assertFalse(trace.get("ignored").asBoolean());
			assertTrue(trace.get("filter-match").get("matched").asBoolean());
			assertTrue(test(document, "held").get("ignored").asBoolean());
			JsonNode squares = test(document, "squares");
			assertEquals("container", squares.get("kind").asText());
			assertEquals("int", squares.get("source").get("parameter-types").asText());
		}
	}

	@Test
	void filtersetsAndNameFiltersNarrowTheList() {
		Result byExpression = list("--select-class", PASSING, "--select-class", LISTED, "-E", "method(=first)");
		assertEquals(List.of(PASSING + ":", "    first()", "1 test across 1 class"), byExpression.out().lines().toList());
		// A selector takes every value after it, as console-standalone's: a name filter goes before it, or after --.
		Result byName = list("squares", "--select-class", PASSING, "--select-class", LISTED, "-E", "tag(slow)");
		assertEquals(List.of(LISTED + ":", "    leavesATrace()", "    squares(int)", "2 tests across 1 class"),
				byName.out().lines().toList());
	}

	@Test
	void consoleStandalonesTagAndClassNameFiltersNarrowTheList() {
		Result tagged = list("--select-class", PASSING, "--select-class", LISTED, "--include-tag", "slow");
		assertEquals(List.of(LISTED + ":", "    leavesATrace()", "1 test across 1 class"), tagged.out().lines().toList());
		Result untagged = list("--select-class", LISTED, "--exclude-tag", "slow");
		assertEquals(List.of(LISTED + ":", "    held()", "    squares(int)", "2 tests across 1 class"),
				untagged.out().lines().toList(), untagged.err());
		Result byClassName = list("--select-class", PASSING, "--select-class", LISTED, "--exclude-classname",
				".*Listed.*");
		assertEquals(PASSING + ":", byClassName.out().lines().findFirst().orElse(""), byClassName.out());
		assertTrue(byClassName.out().lines().noneMatch(l -> l.contains("Listed")), byClassName.out());
	}

	@Test
	void thePartitionsOfARunListEveryTestOnceMarkingTheRestSkipped() throws IOException {
		Set<String> listed = new HashSet<>();
		int matched = 0;
		for (String shard : new String[] { "hash:1/2", "hash:2/2" }) {
			Result result = list("--select-class", PASSING, "--select-class", LISTED, "--partition", shard,
					"--message-format", "json", "--no-tests", "pass");
			assertEquals(ExitCodes.OK, result.code(), result.err());
			JsonNode document = new ObjectMapper().readTree(result.out());
			assertEquals(5, document.get("tests").size(), "each shard lists every test");
			for (JsonNode test : document.get("tests")) {
				JsonNode match = test.get("filter-match");
				if (match.get("matched").asBoolean()) {
					matched++;
					assertTrue(listed.add(test.get("unique-id").asText()), "in two shards: " + test);
				}
				else {
					assertEquals("not in partition " + shard, match.get("reason").asText());
				}
			}
			Result human = list("--select-class", PASSING, "--select-class", LISTED, "--partition", shard,
					"--no-tests", "pass");
			long skipped = human.out().lines().filter(line -> line.endsWith(" (skipped)")).count();
			assertEquals(5 - document.get("test-count").asInt(), skipped, human.out());
		}
		assertEquals(5, matched);
		assertEquals(5, listed.size());
	}

	@Test
	void onlyIgnoredListsTheDisabledTestAndMarksTheOthersSkipped() {
		Result result = list("--select-class", LISTED, "--run-ignored", "only");
		assertEquals(List.of(LISTED + ":", "    held()", "    leavesATrace() (skipped)", "    squares(int) (skipped)",
				"1 test across 1 class (2 skipped)"), result.out().lines().toList());
	}

	@Test
	void aBadFiltersetExits94AndListsNothing() {
		Result result = list("--select-class", PASSING, "-E", "methd(=first)");
		assertEquals(ExitCodes.INVALID_FILTERSET, result.code(), result.err());
		assertEquals("", result.out());
		assertTrue(result.err().contains("did you mean `method`?"), result.err());
	}

	@Test
	void nothingListedExits4UnlessNoTestsSaysOtherwise() {
		Result empty = list("--select-package", "dev.solo.launcher.nothing.here");
		assertEquals(ExitCodes.NO_TESTS_RUN, empty.code(), empty.err());
		assertEquals(List.of("0 tests across 0 classes"), empty.out().lines().toList());
		assertTrue(empty.err().contains("error: no tests to run"), empty.err());
		Result passing = list("--select-package", "dev.solo.launcher.nothing.here", "--no-tests", "pass");
		assertEquals(ExitCodes.OK, passing.code(), passing.err());
	}

	@Test
	void aBadSettingExits96AndAnEngineThatFailsDiscoveryExits104() {
		Result setting = list("--select-class", PASSING, "--config", "solo.retries=many");
		assertEquals(ExitCodes.SETUP_ERROR, setting.code(), setting.err());
		assertTrue(setting.err().contains("invalid value 'many' for solo.retries"), setting.err());
		Result engine = list("--select-class", PASSING, "--config", "fixture.broken-engine=true");
		assertEquals(ExitCodes.TEST_LIST_CREATION_FAILED, engine.code(), engine.err());
		assertTrue(engine.err().contains("fixture-broken"), engine.err());
		assertTrue(engine.err().contains("kotlin/jvm/functions/Function0"), engine.err());
		assertEquals("", engine.out());
	}

	private static Result list(String... args) {
		List<String> all = new ArrayList<>(List.of("list", "-cp", TEST_CLASSES));
		all.addAll(List.of(args));
		return run(all.toArray(new String[0]));
	}

	private static JsonNode test(JsonNode document, String method) {
		for (JsonNode test : document.get("tests")) {
			if (method.equals(test.get("method").asText())) {
				return test;
			}
		}
		throw new AssertionError("no test " + method + " in " + document);
	}
}
