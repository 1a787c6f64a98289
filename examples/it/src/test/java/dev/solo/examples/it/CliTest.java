package dev.solo.examples.it;

import static dev.solo.examples.it.support.SoloAssertions.assertNothingLeftBehind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;
import dev.solo.examples.it.support.JUnitXmlReports;
import dev.solo.examples.it.support.TestCaseResult;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar solo.jar} as a user types it: in a Maven project (compiled once by a nested
 * Maven, every module in one schedule), in a project on JUnit 5.10, and over a class path.
 * Each test starts solo.jar as a process and reads what it prints, exits with and writes.
 */
@Tag("cli")
class CliTest {
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Pattern STATUS = Pattern.compile(
			"^ +PASS \\[ *[0-9.]+s\\] \\((\\d+)/(\\d+)\\) (app|core|legacy) (\\S+) (.+)$");
	/** Each status line names the module first, as nextest names a test's binary. */
	private static final Set<String> MULTIMODULE_TESTS = Set.of(
			"core CalculatorTest adds()", "core CalculatorTest addsNegatives()",
			"core SurefireSettingsTest seesTheArgLine()", "core SurefireSettingsTest seesTheSystemPropertyVariables()",
			"core SurefireSettingsTest seesTheEnvironmentVariables()", "core SurefireSettingsTest runsInItsModuleFolder()",
			"core SurefireSettingsTest keepsTheSystemPropertyVariablesOffItsCommandLine()",
			"legacy LegacyWorkingDirectoryTest readsAFileOfItsModule()", "legacy LegacyWorkingDirectoryTest isNotCore()",
			"app GreeterTest greets(int, int, java.lang.String)[1]", "app GreeterTest greets(int, int, java.lang.String)[2]");

	@Test
	void aMultiModuleProjectRunsEveryModuleInOneSchedule() throws IOException {
		Path project = ItEnv.example("multimodule");
		HostRun run = solo("multimodule-run", project, "run", "-j", "2", "--color", "never");
		String out = run.stdoutText();
		assertEquals(0, run.exitCode(), run.describe());
		// 10 tests known before the run; GreeterTest's two invocations are known once it runs.
		assertTrue(out.contains("Starting 10 tests across 4 classes"), out);
		// One schedule: one counter from 1 to 11 over the three modules' tests, each test once.
		List<String> passed = new ArrayList<>();
		Set<Integer> counters = new TreeSet<>();
		for (String line : out.split("\n")) {
			Matcher status = STATUS.matcher(line);
			if (status.matches()) {
				assertTrue(Set.of("10", "11").contains(status.group(2)), line);
				counters.add(Integer.parseInt(status.group(1)));
				String className = status.group(4);
				passed.add(status.group(3) + " " + className.substring(className.lastIndexOf('.') + 1) + " "
						+ status.group(5));
			}
		}
		assertEquals(MULTIMODULE_TESTS, Set.copyOf(passed), out);
		assertEquals(11, passed.size(), out);
		assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), counters, out);
		assertTrue(out.contains("(11/11)"), out);
		assertFalse(out.contains("ManualCheckTest"), "Surefire's <exclude> must hold:\n" + out);
		assertTrue(out.contains("11 tests run: 11 passed"), out);
		// Maven's own output only when it fails.
		assertFalse(run.stderrText().contains("[INFO]"), run.stderrText());

		List<TestCaseResult> cases = JUnitXmlReports.readFile(project.resolve("target/solo/default/junit.xml"))
				.testCases();
		assertEquals(11, cases.size(), cases.toString());		// Open Test Reporting: every node has its parent, the modules included.
		String openTestReport = Files.readString(project.resolve("target/solo/default/open-test-report.xml"));
		assertFalse(openTestReport.contains("parentId=\"\""), openTestReport);
		for (String module : List.of("core", "legacy", "app")) {
			assertTrue(openTestReport.contains("<junit:uniqueId>[engine:solo]/[module:" + module + "]</junit:uniqueId>"),
					module + " in\n" + openTestReport);
		}

		assertTrue(cases.stream().allMatch(c -> c.status() == TestCaseResult.Status.PASSED), cases.toString());
		assertNothingLeftBehind(run, Duration.ofSeconds(10));
	}

	/** The issue's "done when": `java -jar solo.jar run` inside examples/, every example in one schedule. */
	@Test
	void insideExamplesEveryExampleRunsInOneScheduleAndTheSkippedOneIsNamed() {
		HostRun run = solo("examples", ItEnv.example(""), "run", "-j", "2", "--color", "never");
		assertEquals(0, run.exitCode(), run.describe());
		String out = run.stdoutText();
		// Known before the run: isolation's 18 tests (which pass only one JVM per test), multimodule's 10
		// and suites' 10: its suites' 5 scenarios and 3 Jupiter units, and the 2 scenarios found from its
		// @Cucumber class; the command line selects test classes as Surefire does, so Cucumber does not
		// find the suite's scenarios a second time in the class path root. Then the invocations of their
		// parameterized tests: 4 more in isolation, 1 in multimodule, 2 in suites.
		assertTrue(out.contains("Starting 38 tests across 18 classes"), out);
		assertTrue(out.contains("(45/45)"), out);
		assertTrue(out.contains("45 tests run: 45 passed"), out);
		assertTrue(run.stderrText().contains("note: module misbehaving (skipTests): its tests do not run"),
				run.stderrText());
		assertNothingLeftBehind(run, Duration.ofSeconds(10));
	}

	@Test
	void mavenNamesAProjectElsewhereAsIfRunFromIt() throws IOException {
		Path elsewhere = Files.createDirectories(ItEnv.newWorkDir("elsewhere").resolve("here"));
		Path project = ItEnv.example("multimodule");
		HostRun run = solo("maven-dir", elsewhere, "run", "--maven", project.toString(), "CalculatorTest",
				"--color", "never");
		assertEquals(0, run.exitCode(), run.describe());
		assertTrue(run.stdoutText().contains("2 tests run: 2 passed"), run.stdoutText());
		// Reports go where `cd DIR` would put them, not into the folder solo was started in.
		assertEquals(2, JUnitXmlReports.readFile(project.resolve("target/solo/default/junit.xml")).testCases().size());
		assertFalse(Files.exists(elsewhere.resolve("target")), "nothing written where solo was started");
	}

	@Test
	void listJsonNamesEveryModuleAndCountsItsTests() throws IOException {
		HostRun run = solo("multimodule-list", ItEnv.example("multimodule"), "list", "--message-format", "json");
		assertEquals(0, run.exitCode(), run.describe());
		JsonNode list = JSON.readTree(run.stdoutText());
		assertEquals(1, list.get("format-version").asInt());
		assertEquals(10, list.get("test-count").asInt());
		Set<String> modules = new TreeSet<>();
		for (JsonNode test : list.get("tests")) {
			String module = test.get("module").asText();
			modules.add(module);
			assertTrue(test.get("unique-id").asText().startsWith("[engine:solo]/[module:" + module + "]/"),
					test.toString());
			assertTrue(test.get("class").asText().startsWith("dev.solo.examples.multimodule."), test.toString());
			// The source file, found in the module's test sources.
			Path file = Path.of(test.get("source").get("file").asText());
			assertTrue(Files.isRegularFile(file) && file.startsWith(ItEnv.example("multimodule").resolve(module))
					&& file.toString().endsWith(test.get("class").asText().replace('.', '/') + ".java"), test.toString());
		}
		assertEquals(Set.of("app", "core", "legacy"), modules);
	}

	@Test
	void humanListGroupsByModuleThenClass() {
		HostRun run = solo("multimodule-list-human", ItEnv.example("multimodule"), "list");
		assertEquals(0, run.exitCode(), run.describe());
		List<String> lines = run.stdoutText().lines().toList();
		assertEquals("core:", lines.get(lines.indexOf("core:")), run.stdoutText());
		assertEquals("    dev.solo.examples.multimodule.CalculatorTest:", lines.get(lines.indexOf("core:") + 1));
		assertEquals("        adds()", lines.get(lines.indexOf("core:") + 2));
		assertEquals("10 tests across 4 classes in 3 modules", lines.get(lines.size() - 1));
	}

	@Test
	void runJsonStreamsEventsWhileTheRunGoesOn() throws IOException {
		AtomicBoolean sawEventWhileRunning = new AtomicBoolean();
		Host host = Host.solo("multimodule-json", List.of("run", "-j", "2", "--message-format", "json"))
				.directory(ItEnv.example("multimodule"));
		Path stdout = host.workDir().resolve("stdout.txt");
		HostRun run = host.whileRunning(process -> {
			long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
			while (process.isAlive() && System.nanoTime() < deadline) {
				if (countEvents(stdout, "test-finished") >= 1) {
					sawEventWhileRunning.set(process.isAlive());
					return;
				}
				sleep(50);
			}
		}).timeout(Duration.ofMinutes(3)).run();
		assertEquals(0, run.exitCode(), run.describe());
		assertTrue(sawEventWhileRunning.get(), "a test-finished event must be on stdout before the run ends");
		List<JsonNode> events = new ArrayList<>();
		for (String line : run.stdoutText().split("\n")) {
			events.add(JSON.readTree(line));
		}
		assertEquals("run-started", events.get(0).get("type").asText());
		assertEquals("run-finished", events.get(events.size() - 1).get("type").asText());
		assertEquals(10, events.stream().filter(e -> e.get("type").asText().equals("test-finished")).count());
		assertTrue(events.stream().filter(e -> e.get("type").asText().equals("test-started"))
				.allMatch(e -> Set.of("app", "core", "legacy").contains(e.get("module").asText())), events.toString());
	}

	@Test
	void aJUnit510ProjectRunsOnItsOwnPlatform() {
		// Its tests assert the Jupiter and Platform versions they see: 5.10.2 and 1.10.2, not Solo's 6.x.
		HostRun run = solo("junit5", ItEnv.example("junit5"), "run", "--color", "never");
		assertEquals(0, run.exitCode(), run.describe());
		// Two tests and the three invocations of a parameterized one.
		assertTrue(run.stdoutText().contains("5 tests run: 5 passed"), run.stdoutText());
		assertNothingLeftBehind(run, Duration.ofSeconds(10));
	}

	@Test
	void aJUnit4ProjectWithNoPlatformRunsThroughVintage() {
		// As Surefire runs it with its JUnit 4 provider; Maven resolves Vintage of Solo's Platform.
		HostRun run = solo("junit4", ItEnv.example("junit4"), "run", "--color", "never");
		assertEquals(0, run.exitCode(), run.describe());
		assertTrue(run.stdoutText().contains("3 tests run: 3 passed"), run.stdoutText());
		assertNothingLeftBehind(run, Duration.ofSeconds(10));
	}

	@Test
	void aClassPathRunsLikeConsoleStandalone() {
		String classPath = Stream.concat(Stream.of(ItEnv.example("isolation").resolve("target/test-classes").toString(),
				ItEnv.example("isolation").resolve("target/classes").toString()), ItEnv.junitJars().stream())
				.collect(Collectors.joining(File.pathSeparator));
		HostRun run = solo("class-path", ItEnv.example("isolation"), "run", "-cp", classPath, "--scan-class-path",
				"--color", "never");
		assertEquals(0, run.exitCode(), run.describe());
		// These tests pass only when each has a JVM of its own.
		// 18 known, 2 of them parameterized tests of three invocations each.
		assertTrue(run.stdoutText().contains("22 tests run: 22 passed"), run.stdoutText());
		assertNothingLeftBehind(run, Duration.ofSeconds(10));
	}

	@Test
	void aConsoleStandaloneCommandLineRunsFromAnArgumentFileScanningTheRootItNames() throws IOException {
		Path isolation = ItEnv.example("isolation");
		String classPath = Stream.concat(Stream.of("target/test-classes", "target/classes"), ItEnv.junitJars().stream())
				.collect(Collectors.joining(File.pathSeparator));
		// As console-standalone's user guide writes an @-file: arguments split on lines and spaces,
		// the class path in it, the root to scan as console-standalone's --scan-class-path=PATH.
		Path args = ItEnv.newWorkDir("cli-argfile").resolve("test.args");
		Files.writeString(args, "-cp " + classPath + "\n--scan-class-path=target/test-classes\n--disable-banner\n");
		HostRun run = solo("argfile", isolation, "run", "@" + args, "--color", "never");
		assertEquals(0, run.exitCode(), run.describe());
		assertTrue(run.stdoutText().contains("22 tests run: 22 passed"), run.stdoutText());
		assertNothingLeftBehind(run, Duration.ofSeconds(10));

		HostRun refused = solo("argfile-details", isolation, "run", "@" + args, "--details", "tree");
		assertEquals(2, refused.exitCode(), refused.describe());
		assertEquals("error: solo run does not take console-standalone's --details: Solo shows a run as nextest does"
				+ " (--status-level, --final-status-level)", refused.stderrText().strip());
	}

	@Test
	void aRerunOfAFilteredRunRunsItsOneFailureNotTheTestsOutsideTheFilter() {
		Path work = ItEnv.newWorkDir("cli-filtered-rerun");
		Path cache = ItEnv.newWorkDir("cli-filtered-rerun-cache");
		String jar = ItEnv.fixturesTestJar().toString();
		String classPath = withJUnit(jar);
		// The whole fixtures jar scanned (console-standalone's --scan-class-path=PATH), two of its tests selected.
		HostRun first = inStore("filtered-run", work, cache, "run", "-cp", classPath, "--scan-class-path=" + jar,
				"--color", "never", "-E", "test(~OutcomesTest) & (method(=passes) | method(=failsWithMessage))");
		assertEquals(100, first.exitCode(), first.describe());
		assertTrue(first.stdoutText().contains("2 tests run: 1 passed, 1 failed"), first.stdoutText());

		HostRun rerun = inStore("filtered-rerun", work, cache, "run", "-cp", classPath, "--scan-class-path=" + jar,
				"--color", "never", "-R", "latest");
		String out = rerun.stdoutText();
		assertEquals(100, rerun.exitCode(), rerun.describe());
		// Every other test of the jar was outside the filter, not new: the rerun is the failure alone.
		assertTrue(out.contains("Starting 1 test across 1 class (1 test skipped that already passed)"), out);
		assertTrue(out.contains("FAIL [") && out.contains("OutcomesTest failsWithMessage()"), out);
		assertTrue(out.lines().filter(l -> l.matches(" +(PASS|FAIL|SKIP) .*"))
				.allMatch(l -> l.endsWith("OutcomesTest failsWithMessage()")), out);
		assertTrue(out.contains("1 test run: 0 passed, 1 failed, 1 skipped"), out);
		assertNothingLeftBehind(rerun, Duration.ofSeconds(10));
	}

	@Test
	void aRerunOfAShardRunsThatShardsFailuresNotTheTestsDealtToOtherShards() {
		Path work = ItEnv.newWorkDir("cli-shard-rerun");
		Path cache = ItEnv.newWorkDir("cli-shard-rerun-cache");
		String jar = ItEnv.fixturesTestJar().toString();
		String classPath = withJUnit(jar);
		HostRun first = inStore("shard-run", work, cache, "run", "-cp", classPath, "--scan-class-path=" + jar,
				"--color", "never", "-E", "test(~OutcomesTest) & not test(~parameterized)", "--partition", "count:1/2");
		assertEquals(100, first.exitCode(), first.describe());
		List<String> failed = statusLines(first.stdoutText(), "FAIL");
		List<String> passed = statusLines(first.stdoutText(), "PASS");
		assertTrue(!failed.isEmpty() && !passed.isEmpty(), first.stdoutText());

		// Neither the filter nor the partition is given again: the rerun continues the shard's chain.
		HostRun rerun = inStore("shard-rerun", work, cache, "run", "-cp", classPath, "--scan-class-path=" + jar,
				"--color", "never", "-R", "latest");
		String out = rerun.stdoutText();
		assertEquals(100, rerun.exitCode(), rerun.describe());
		List<String> ran = new ArrayList<>(statusLines(out, "FAIL"));
		ran.addAll(statusLines(out, "PASS"));
		assertEquals(failed.stream().sorted().toList(), ran.stream().sorted().toList(), out);
		assertNothingLeftBehind(rerun, Duration.ofSeconds(10));
	}

	private static String withJUnit(String jar) {
		return Stream.concat(Stream.of(jar), ItEnv.junitJars().stream()).collect(Collectors.joining(File.pathSeparator));
	}

	/** The tests a run's output names with {@code status} (PASS, FAIL), by class and name. */
	private static List<String> statusLines(String out, String status) {
		return out.lines().filter(l -> l.matches(" +" + status + " \\[.*")).map(l -> l.replaceFirst("^.*?\\] +(\\(\\d+/\\d+\\) +)?", ""))
				.toList();
	}

	private static HostRun inStore(String name, Path directory, Path cache, String... args) {
		return Host.solo(name, List.of(args)).directory(directory).env("SOLO_CACHE_DIR", cache.toString())
				.timeout(Duration.ofMinutes(4)).run();
	}

	private static HostRun solo(String name, Path directory, String... args) {
		return Host.solo(name, List.of(args)).directory(directory).timeout(Duration.ofMinutes(4)).run();
	}

	private static long countEvents(Path stdout, String type) {
		try {
			if (!Files.isRegularFile(stdout)) {
				return 0;
			}
			return Files.readAllLines(stdout).stream().filter(l -> l.contains("\"type\":\"" + type + "\"")).count();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			fail("interrupted");
		}
	}
}
