package dev.solo.examples.it;

import static dev.solo.examples.it.support.SoloAssertions.assertNothingLeftBehind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;
import dev.solo.examples.it.support.JUnitXmlReports;
import dev.solo.examples.it.support.TestCaseResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reactor whose modules are on three JUnit Platform versions (examples/platforms: JUnit 5.10,
 * 5.13 and 6.1) runs as one run through the CLI: one schedule, one summary, one report, one
 * record, one exit code. Each module's tests assert the Jupiter and Platform versions they run
 * on, so a module discovered or run on another module's Platform fails.
 */
@Tag("cli")
class CliPlatformsTest {
	/** Each module's five tests (two, and a parameterized test's three invocations); on513's class template's two. */
	private static final Map<String, Long> TESTS_PER_MODULE = new TreeMap<>(Map.of("on510", 5L, "on513", 7L,
			"on61", 5L));

	@Test
	void modulesOnThreePlatformsRunAsOneRun() throws IOException {
		Path project = ItEnv.example("platforms");
		HostRun run = solo("platforms-run", project, "run", "-j", "2", "--color", "never");
		assertEquals(0, run.exitCode(), run.describe());
		String out = run.stdoutText();
		assertTrue(out.contains("17 tests run: 17 passed"), out);

		List<TestCaseResult> cases = JUnitXmlReports.readFile(project.resolve("target/solo/default/junit.xml"))
				.testCases();
		assertEquals(17, cases.size(), cases.toString());
		assertTrue(cases.stream().allMatch(c -> c.status() == TestCaseResult.Status.PASSED), cases.toString());
		Map<String, Long> perModule = cases.stream().collect(Collectors.groupingBy(
				c -> c.className().split("\\.")[4], TreeMap::new, Collectors.counting()));
		assertEquals(TESTS_PER_MODULE, perModule, cases.toString());
		assertNothingLeftBehind(run, Duration.ofSeconds(10));

		// One record of the run, all of it.
		HostRun info = solo("platforms-store", project, "store", "info", "latest");
		assertEquals(0, info.exitCode(), info.describe());
		assertTrue(info.stdoutText().matches("(?s).*\\n\\s+passed:\\s+17\\n.*"), info.stdoutText());
	}

	@Test
	void anArchiveOfModulesOnThreePlatformsRunsFromAnotherFolder(@TempDir Path elsewhere) throws IOException {
		Path project = ItEnv.example("platforms");
		Path archive = elsewhere.resolve("platforms.tar.zst");
		HostRun archived = solo("platforms-archive", project, "archive", "--archive-file", archive.toString());
		assertEquals(0, archived.exitCode(), archived.describe());
		Path folder = Files.createDirectories(elsewhere.resolve("run"));
		HostRun run = solo("platforms-archive-run", folder, "run", "--archive-file", archive.toString(), "--color",
				"never");
		assertEquals(0, run.exitCode(), run.describe());
		assertTrue(run.stdoutText().contains("17 tests run: 17 passed"), run.stdoutText());
		assertNothingLeftBehind(run, Duration.ofSeconds(10));
	}

	private static HostRun solo(String name, Path directory, String... args) {
		return Host.solo(name, List.of(args)).directory(directory).timeout(Duration.ofMinutes(4)).run();
	}
}
