package dev.solo.launcher;

import static dev.solo.launcher.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.launcher.CliRun.Result;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code solo show-config} against a fixture {@code .config/solo.toml}: run as a process in the
 * fixture's folder, since the file is found from the working directory.
 */
class ShowConfigCommandTest {
	private static final String CONFIG = """
			[profile.default]
			retries = 1
			slow-timeout = { period = "30s", terminate-after = 2 }

			[profile.ci]
			inherits = "default"
			test-threads = 3
			env = { REGION = "eu" }

			[[profile.ci.overrides]]
			filter = 'method(=first)'
			retries = 3
			test-group = "serial"

			[[profile.default.overrides]]
			filter = 'class(PassingFixture)'
			priority = 10

			[[profile.default.overrides]]
			filter = 'tag(nothing-has-it)'
			leak-timeout = "1s"

			[test-groups.serial]
			max-threads = 1
			""";
	private static final String PASSING = "dev.solo.launcher.fixtures.PassingFixture";
	private static final String FAILING = "dev.solo.launcher.fixtures.FailingFixture";

	@TempDir
	Path workspace;

	private String classPath;

	@BeforeEach
	void writeTheFixtureConfig() throws IOException {
		Files.createDirectories(workspace.resolve(".config"));
		Files.writeString(workspace.resolve(".config/solo.toml"), CONFIG);
		// A junit-platform.properties on the test class path sets one setting the way a build would.
		Path properties = Files.createDirectories(workspace.resolve("properties"));
		Files.writeString(properties.resolve("junit-platform.properties"), "solo.leak-timeout=300ms\n");
		classPath = CliRun.TEST_CLASSES + File.pathSeparator + properties;
	}

	@Test
	void everySettingWithItsValueAndSourceThenTheGroupsAndWhichOverrideAppliesToWhichTest() throws Exception {
		try (CliProcess solo = CliProcess.start(workspace, "show-config", "-cp", classPath, "--select-class", PASSING,
				"--select-class", FAILING, "-P", "ci", "--config", "solo.retries.delay=1s")) {
			assertEquals(ExitCodes.OK, solo.waitFor(Duration.ofSeconds(60)), solo.out() + solo.err());
			String out = solo.out();
			assertTrue(out.startsWith("profile: ci (-P)\nconfig file: .config/solo.toml\n"), out);
			assertRow(out, "test-threads", "3", "profile ci (.config/solo.toml:7)");
			assertRow(out, "retries.count", "1", "profile default (.config/solo.toml:2)");
			assertRow(out, "slow-timeout.terminate-after", "2", "profile default (.config/solo.toml:3)");
			assertRow(out, "retries.delay", "1s", "--config solo.retries.delay");
			assertRow(out, "leak-timeout.period", "300ms", "junit-platform.properties");
			assertRow(out, "slow-timeout.grace-period", "10s", "default");
			assertRow(out, "env.REGION", "eu", "profile ci (.config/solo.toml:8)");
			assertTrue(out.contains("""
					test groups:
					    serial: max-threads 1 (.config/solo.toml:23), 1 test
					           dev.solo.launcher.fixtures.PassingFixture#first()
					"""), out);
			assertTrue(out.contains("""
					    1. profile ci (.config/solo.toml:10): filter 'method(=first)'
					       sets retries.count = 3, test-group = serial
					       applies to 1 test
					           dev.solo.launcher.fixtures.PassingFixture#first()
					    2. profile default (.config/solo.toml:15): filter 'class(PassingFixture)'
					       sets priority = 10
					       applies to 1 test
					           dev.solo.launcher.fixtures.PassingFixture#second()
					    3. profile default (.config/solo.toml:19): filter 'tag(nothing-has-it)'
					       sets leak-timeout.period = 1s
					       applies to no test
					    no override applies to 2 tests
					"""), out);
			assertEquals("", solo.err());
		}
	}

	@Test
	void jsonHoldsTheSameFactsWithTheirSourcesAsFields() throws Exception {
		try (CliProcess solo = CliProcess.start(workspace, "show-config", "-cp", classPath, "--select-class", PASSING,
				"-P", "ci", "--message-format", "json")) {
			assertEquals(ExitCodes.OK, solo.waitFor(Duration.ofSeconds(60)), solo.out() + solo.err());
			JsonNode document = new ObjectMapper().readTree(solo.out());
			assertEquals(1, document.get("format-version").asInt());
			assertEquals("ci", document.get("profile").asText());
			assertEquals("cli", document.get("profile-source").get("kind").asText());
			JsonNode threads = setting(document, "test-threads");
			assertEquals("3", threads.get("value").asText());
			assertEquals("profile", threads.get("source").get("kind").asText());
			assertEquals("ci", threads.get("source").get("profile").asText());
			assertEquals(".config/solo.toml:7", threads.get("source").get("where").asText());
			assertEquals("properties-file", setting(document, "leak-timeout.period").get("source").get("kind").asText());
			assertEquals("default", setting(document, "isolation").get("source").get("kind").asText());
			JsonNode group = document.get("test-groups").get(0);
			assertEquals(List.of("serial", "1"), List.of(group.get("name").asText(), group.get("max-threads").asText()));
			JsonNode overrides = document.get("overrides");
			assertEquals(3, overrides.size());
			assertEquals("method(=first)", overrides.get(0).get("filter").asText());
			assertEquals("3", overrides.get(0).get("settings").get("retries.count").asText());
			assertEquals(List.of(PASSING + "#first()"), names(overrides.get(0).get("tests")));
			assertEquals(List.of(PASSING + "#second()"), names(overrides.get(1).get("tests")));
			assertEquals(List.of(), names(overrides.get(2).get("tests")));
			assertEquals(List.of(), names(document.get("no-override")));
		}
	}

	@Test
	void showConfigAndListNameTheSetupScriptsEachTestNeedsAndRunNone() throws Exception {
		Files.writeString(workspace.resolve(".config/solo.toml"), CONFIG + """

				[scripts.setup.db]
				command = "sh -c 'touch ran'"
				teardown = "db-down"

				[scripts.setup.unused]
				command = ["sh", "-c", "touch ran"]

				[scripts.teardown.db-down]
				command = ["true"]

				[[profile.default.scripts]]
				filter = 'class(PassingFixture)'
				setup = ["db"]

				[[profile.default.scripts]]
				filter = 'tag(nothing-has-it)'
				setup = ["unused"]
				""");
		try (CliProcess solo = CliProcess.start(workspace, "show-config", "-cp", classPath, "--select-class", PASSING,
				"--select-class", FAILING)) {
			assertEquals(ExitCodes.OK, solo.waitFor(Duration.ofSeconds(60)), solo.out() + solo.err());
			assertTrue(solo.out().endsWith("""

					setup scripts (each runs once, before the first test that needs it):
					    db (.config/solo.toml:26): sh -c touch ran, teardown db-down
					       needed by 2 tests
					           dev.solo.launcher.fixtures.PassingFixture#first()
					           dev.solo.launcher.fixtures.PassingFixture#second()
					    unused (.config/solo.toml:30): sh -c touch ran
					       needed by no test: it does not run
					"""), solo.out());
		}
		try (CliProcess solo = CliProcess.start(workspace, "show-config", "-cp", classPath, "--select-class", PASSING,
				"--message-format", "json")) {
			assertEquals(ExitCodes.OK, solo.waitFor(Duration.ofSeconds(60)), solo.out() + solo.err());
			JsonNode db = new ObjectMapper().readTree(solo.out()).get("setup-scripts").get(0);
			assertEquals("db", db.get("name").asText());
			assertEquals("db-down", db.get("teardown").asText());
			assertEquals(List.of(PASSING + "#first()", PASSING + "#second()"), names(db.get("tests")));
		}
		try (CliProcess solo = CliProcess.start(workspace, "list", "-cp", classPath, "--select-class", PASSING,
				"--select-class", FAILING)) {
			assertEquals(ExitCodes.OK, solo.waitFor(Duration.ofSeconds(60)), solo.out() + solo.err());
			assertTrue(solo.out().contains("    first() (setup: db)\n    second() (setup: db)\n"), solo.out());
			assertTrue(solo.out().contains(FAILING + ":\n    fails()\n    passes()\n"), solo.out());
		}
		assertTrue(Files.notExists(workspace.resolve("ran")), "show-config or list ran a script");
	}

	@Test
	void aMistakeInTheFileIsOneLineNamingFileLineAndKeyAndExits96() throws Exception {
		Files.writeString(workspace.resolve(".config/solo.toml"), CONFIG.replace("retries = 3", "retries = \"lots\""));
		try (CliProcess solo = CliProcess.start(workspace, "show-config", "-cp", classPath, "--select-class", PASSING,
				"-P", "ci")) {
			assertEquals(ExitCodes.SETUP_ERROR, solo.waitFor(Duration.ofSeconds(60)), solo.out() + solo.err());
			assertEquals("error: .config/solo.toml:12: retries: expected an integer, found \"lots\"\n", solo.err());
			assertEquals("", solo.out());
		}
	}

	@Test
	void anUnknownProfileExits96AndABadFiltersetExits94() {
		Result profile = run("show-config", "-cp", CliRun.TEST_CLASSES, "--select-class", PASSING, "-P", "nightly");
		assertEquals(ExitCodes.SETUP_ERROR, profile.code(), profile.out() + profile.err());
		assertEquals(1, profile.err().lines().count(), profile.err());
		assertTrue(profile.err().startsWith("error: solo.profile: unknown profile \"nightly\""), profile.err());
		Result filterset = run("show-config", "-cp", CliRun.TEST_CLASSES, "-E", "tset(x)");
		assertEquals(ExitCodes.INVALID_FILTERSET, filterset.code(), filterset.err());
		assertTrue(filterset.err().contains("did you mean `test`?"), filterset.err());
	}

	/** The line of {@code key}: its value and its source, in that order, after it. */
	private static void assertRow(String out, String key, String value, String source) {
		assertTrue(out.lines().anyMatch(line -> line.matches(" {4}" + java.util.regex.Pattern.quote(key) + " +"
				+ java.util.regex.Pattern.quote(value) + " +" + java.util.regex.Pattern.quote(source))),
				key + " = " + value + " from " + source + " in:\n" + out);
	}

	private static JsonNode setting(JsonNode document, String key) {
		return StreamSupport.stream(document.get("settings").spliterator(), false)
				.filter(s -> s.get("key").asText().equals(key)).findFirst().orElseThrow();
	}

	private static List<String> names(JsonNode tests) {
		return StreamSupport.stream(tests.spliterator(), false).map(t -> t.get("name").asText()).toList();
	}
}
