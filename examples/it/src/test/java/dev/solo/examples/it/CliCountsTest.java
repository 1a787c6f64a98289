package dev.solo.examples.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;
import dev.solo.examples.it.support.JUnitXmlReports;
import dev.solo.examples.it.support.TestCaseResult;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code solo run} counts what JUnit counts: each invocation of a parameterized or repeated test
 * and each dynamic test is a test of its own in the summary, the JUnit XML and the JSON events,
 * though each such container runs as one unit (one JVM). JUnit's own count is console-standalone's,
 * Solo off, over the same class.
 */
@Tag("cli")
class CliCountsTest {
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final String CLASS = "dev.solo.examples.conformance.JupiterConstructsTest";

	@Test
	void theSummaryTheXmlAndTheJsonCountEveryTestJUnitCounts() throws IOException {
		HostRun junit = Host.console(ItEnv.currentConsoleJar(), List.of(),
				List.of("--select-class", CLASS, "--config", "solo.enabled=false")).timeout(Duration.ofMinutes(3)).run();
		int found = ConformanceTest.summary(junit, "tests found");
		int passed = ConformanceTest.summary(junit, "tests successful");
		int failed = ConformanceTest.summary(junit, "tests failed");
		int skipped = ConformanceTest.summary(junit, "tests skipped") + ConformanceTest.summary(junit, "tests aborted");
		Map<String, Integer> expected = cases(junit.reports().testCases());

		Path human = ItEnv.newWorkDir("counts-human");
		HostRun run = solo("counts-human", human, "--color", "never");
		assertEquals(100, run.exitCode(), run.describe());
		// nextest's count: the tests that ran; the skipped ones apart.
		assertTrue(run.stdoutText().contains((passed + failed) + " tests run: " + passed + " passed, " + failed
				+ " failed, " + skipped + " skipped"), run.stdoutText());
		assertTrue(run.stdoutText().contains("(" + found + "/" + found + ")"), run.stdoutText());
		String afterSummary = run.stdoutText().substring(run.stdoutText().indexOf("Summary ["));
		assertTrue(afterSummary.lines().anyMatch(l -> l.matches(" +FAIL \\[.*\\] \\(\\d+/\\d+\\) "
				+ Pattern.quote(CLASS) + " positive\\(int\\)\\[3\\]")),
				"the failing invocation is named again after the summary:\n" + run.stdoutText());
		List<TestCaseResult> cases = JUnitXmlReports.readFile(human.resolve("target/solo/default/junit.xml")).testCases();
		assertEquals(found, cases.size(), cases.toString());
		assertEquals(expected, cases(cases), "the same test cases, by name and status, as console-standalone's");
		for (String invocation : List.of("positive(int)[1]", "positive(int)[2]", "repeated()[2]", "factory()[2][2][1]")) {
			assertTrue(cases.stream().anyMatch(c -> c.name().equals(invocation) && c.className().equals(CLASS)),
					invocation + " in " + cases);
		}

		HostRun json = solo("counts-json", ItEnv.newWorkDir("counts-json"), "--message-format", "json");
		assertEquals(100, json.exitCode(), json.describe());
		List<JsonNode> events = new ArrayList<>();
		for (String line : json.stdoutText().split("\n")) {
			events.add(JSON.readTree(line));
		}
		List<JsonNode> tests = new ArrayList<>();
		events.stream().filter(e -> e.get("type").asText().equals("test-finished"))
				.forEach(e -> e.get("tests").forEach(tests::add));
		assertEquals(found, tests.size(), tests.toString());
		assertTrue(tests.stream().anyMatch(t -> t.get("legacy-name").asText().equals("positive(int)[3]")
				&& t.get("status").asText().equals("failed") && t.get("display-name").asText().equals("[3] 3")),
				tests.toString());
		JsonNode stats = events.get(events.size() - 1).get("stats");
		assertEquals(List.of(passed, failed, skipped), List.of(stats.get("passed").asInt(), stats.get("failed").asInt(),
				stats.get("skipped").asInt()), stats.toString());
	}

	/** Each test case as {@code Class#name STATUS}, names without console-standalone's trailing {@code ()}. */
	private static Map<String, Integer> cases(List<TestCaseResult> results) {
		Map<String, Integer> counts = new TreeMap<>();
		results.forEach(r -> counts.merge(r.simpleClassName() + "#" + r.bareName() + " " + r.status(), 1, Integer::sum));
		return counts;
	}

	private static HostRun solo(String name, Path directory, String... options) {
		// The fixtures and JUnit, as a console-standalone user passes them; Solo is solo.jar's own.
		String classPath = Stream.concat(ItEnv.fixtureClasspath().stream().map(Path::toString)
				.filter(p -> !p.contains("solo-engine") && !p.contains("solo-launcher")), ItEnv.junitJars().stream())
				.collect(Collectors.joining(File.pathSeparator));
		List<String> args = new ArrayList<>(List.of("run", "-j", "2", "-cp", classPath, "--select-class", CLASS));
		args.addAll(List.of(options));
		return Host.solo(name, args).directory(directory).timeout(Duration.ofMinutes(4)).run();
	}
}
