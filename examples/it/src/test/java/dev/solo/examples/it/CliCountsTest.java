package dev.solo.examples.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code solo run} counts what JUnit counts: each invocation of a parameterized or repeated test
 * and each dynamic test is a test of its own in the JSON events, though each such container runs
 * as one unit (one JVM). JUnit's own count is console-standalone's, Solo off, over the same class.
 * The summary and the JUnit XML are compared over the whole conformance matrix in
 * {@link ConformanceCliTest}.
 */
@Tag("cli")
class CliCountsTest {
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final String CLASS = "dev.solo.examples.conformance.JupiterConstructsTest";

	@Test
	void theJsonEventsCountEveryTestJUnitCounts() throws IOException {
		HostRun junit = Host.console(ItEnv.currentConsoleJar(), List.of(),
				List.of("--select-class", CLASS, "--config", "solo.enabled=false")).timeout(Duration.ofMinutes(3)).run();
		int found = ConformanceTest.summary(junit, "tests found");
		int passed = ConformanceTest.summary(junit, "tests successful");
		int failed = ConformanceTest.summary(junit, "tests failed");
		int skipped = ConformanceTest.summary(junit, "tests skipped") + ConformanceTest.summary(junit, "tests aborted");

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
