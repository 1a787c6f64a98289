package dev.solo.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TomlConfigParserTest {

	@TempDir
	Path workspace;

	@Test
	void nestedTablesBecomeDottedKeys() {
		Settings settings = TomlFiles.settings(workspace, """
				[profile.default.slow-timeout]
				period = "60s"
				terminate-after = 2
				grace-period = "5s"
				""", Map.of());
		assertEquals(Optional.of(Duration.ofSeconds(60)), settings.slowTimeout());
		assertEquals(2, settings.terminateAfter());
		assertEquals(Duration.ofSeconds(5), settings.gracePeriod());
	}

	@Test
	void inlineShorthandsAreTheTablesFirstKey() {
		Settings settings = TomlFiles.settings(workspace, """
				[profile.default]
				slow-timeout = "60s"
				retries = 2
				leak-timeout = "1s"
				""", Map.of());
		assertEquals(Optional.of(Duration.ofSeconds(60)), settings.slowTimeout());
		assertEquals(2, settings.retries().count());
		assertEquals(Duration.ofSeconds(1), settings.leakTimeout());
	}

	@Test
	void inlineTablesAreReadAsTables() {
		Settings settings = TomlFiles.settings(workspace, """
				[profile.default]
				slow-timeout = { period = "60s", terminate-after = 2 }
				retries = { count = 2, backoff = "exponential", delay = "1s" }
				leak-timeout = { period = "1s", result = "fail" }
				""", Map.of());
		assertEquals(Optional.of(Duration.ofSeconds(60)), settings.slowTimeout());
		assertEquals(2, settings.terminateAfter());
		assertEquals(new RetryPolicy(2, true, Duration.ofSeconds(1), Optional.empty(), false), settings.retries());
		assertEquals(true, settings.failOnLeak());
	}

	@Test
	void dottedKeysAreReadAsTables() {
		Settings settings = TomlFiles.settings(workspace, """
				[profile.default]
				slow-timeout.period = "60s"
				retries.count = 3
				""", Map.of());
		assertEquals(Optional.of(Duration.ofSeconds(60)), settings.slowTimeout());
		assertEquals(3, settings.retries().count());
	}

	@Test
	void tomlTypesBecomeWhatSettingsExpect() {
		Settings settings = TomlFiles.settings(workspace, """
				[profile.default]
				test-threads = 3
				fail-fast = true
				isolation = "class"
				jvm-args = ["-Xmx1g", "-Dx=a b"]
				max-fail = "2:immediate"
				""", Map.of());
		assertEquals(3, settings.testThreads());
		assertEquals(Optional.of(2), settings.maxFail());
		assertEquals(true, settings.terminateOnMaxFail());
		assertEquals(Isolation.CLASS, settings.isolation());
		// an array keeps each item whole, spaces and all
		assertEquals(List.of("-Xmx1g", "-Dx=a b"), settings.jvmArgs());
	}

	@Test
	void aStringOfJvmArgsIsSplitLikeTheParameter() {
		Settings settings = TomlFiles.settings(workspace, """
				[profile.default]
				jvm-args = "-Xmx1g -Dx=y"
				""", Map.of());
		assertEquals(List.of("-Xmx1g", "-Dx=y"), settings.jvmArgs());
	}

	@Test
	void overridesAreKeptAsDataWithTheirFilterAndLine() {
		SoloConfig config = TomlFiles.load(workspace, """
				[profile.default]
				retries = 1

				[[profile.default.overrides]]
				filter = "package(com.example.net)"
				retries = 3
				slow-timeout = { period = "2m", terminate-after = 1 }

				# a comment, and a second override
				[[profile.default.overrides]]
				filter = 'test(=flaky) & tag(slow)'
				test-group = "serial"
				threads-required = 2
				""");
		List<ProfileOverride> overrides = config.resolve("default").overrides();
		assertEquals(2, overrides.size());
		ProfileOverride first = overrides.get(0);
		assertEquals("package(com.example.net)", first.filter());
		assertEquals(4, first.line());
		assertEquals(".config/solo.toml:4", first.where());
		assertEquals("3", first.settings().get("retries.count").text());
		assertEquals("2m", first.settings().get("slow-timeout.period").text());
		assertEquals(".config/solo.toml:7", first.settings().get("slow-timeout.terminate-after").where());
		ProfileOverride second = overrides.get(1);
		assertEquals("test(=flaky) & tag(slow)", second.filter());
		assertEquals(10, second.line());
		assertEquals("serial", second.settings().get("test-group").text());
	}

	@Test
	void testGroupsAreKeptWithTheirThreads() {
		SoloConfig config = TomlFiles.load(workspace, """
				[test-groups.serial]
				max-threads = 1

				[test-groups.all-cores]
				max-threads = "num-cpus"
				""");
		assertEquals(1, config.testGroups().get("serial").maxThreads());
		assertEquals(".config/solo.toml:1", config.testGroups().get("serial").where());
		assertEquals(Runtime.getRuntime().availableProcessors(), config.testGroups().get("all-cores").maxThreads());
	}

	@Test
	void aValueOfTheWrongTypeNamesFileLineAndKey() {
		assertMessage(".config/solo.toml:3: retries: expected an integer, found \"lots\"", """
				[profile.ci]
				fail-fast = false
				retries = "lots"
				""");
	}

	@Test
	void aBadDurationNamesFileLineAndKey() {
		assertMessage(".config/solo.toml:3: slow-timeout.period: expected a duration such as 250ms, 30s or 2m,"
				+ " found \"60 sec\"", """
				[profile.default.slow-timeout]
				terminate-after = 2
				period = "60 sec"
				""");
	}

	@Test
	void aBadWordIsReportedWhereItWasWritten() {
		Exception e = assertThrows(SettingsException.class, () -> TomlFiles.settings(workspace, """
				[profile.default]

				isolation = "method"
				""", Map.of()));
		assertEquals(".config/solo.toml:3: isolation: expected one of [test, class], found \"method\"", e.getMessage());
	}

	@Test
	void anUnknownKeySuggestsTheNearest() {
		assertMessage(".config/solo.toml:2: test-thread: unknown setting; did you mean test-threads?", """
				[profile.default]
				test-thread = 4
				""");
		assertMessage(".config/solo.toml:3: slow-timeout.terminate-afer: unknown setting;"
				+ " did you mean slow-timeout.terminate-after?", """
				[profile.default]
				slow-timeout.period = "1s"
				slow-timeout.terminate-afer = 2
				""");
		assertMessage(".config/solo.toml:1: colour: unknown setting", """
				profile.default.colour = "never"
				""");
	}

	@Test
	void parameterOnlyKeysAreRefusedInProfiles() {
		assertMessage(".config/solo.toml:2: enabled: not a profile setting; set it as the configuration parameter"
				+ " solo.enabled", """
				[profile.default]
				enabled = true
				""");
		// The archive's exported durations are one file per run, never a workspace's setting.
		assertMessage(".config/solo.toml:2: durations-file: not a profile setting; set it as the configuration"
				+ " parameter solo.durations-file", """
				[profile.default]
				durations-file = "durations.json"
				""");
	}

	@Test
	void anUnknownTableSuggestsTheNearest() {
		assertMessage(".config/solo.toml:1: profiles: unknown table; did you mean profile?", """
				[profiles.ci]
				retries = 2
				""");
	}

	@Test
	void archiveIncludesArePathsInsideTheWorkspace() {
		assertEquals(List.of("scripts", "fixtures/data.json"), TomlFiles.load(workspace, """
				[archive]
				include = ["scripts", "fixtures/data.json"]
				""").archiveIncludes());
		assertMessage(".config/solo.toml:2: include: expected a path relative to the workspace root and inside it,"
				+ " found \"../secrets\"", """
				[archive]
				include = ["../secrets"]
				""");
		assertMessage(".config/solo.toml:2: includes: unknown setting; did you mean include?", """
				[archive]
				includes = ["scripts"]
				""");
	}

	@Test
	void anOverrideWithoutFilterIsRefused() {
		assertMessage(".config/solo.toml:4: overrides: every override needs a filter = \"…\"", """
				[profile.default]
				retries = 1

				[[profile.default.overrides]]
				retries = 2
				""");
	}

	@Test
	void anOverrideWithAnUnknownKeyIsRefused() {
		assertMessage(".config/solo.toml:3: retry: unknown setting; did you mean retries?", """
				[[profile.default.overrides]]
				filter = "all()"
				retry = 2
				""");
		assertMessage(".config/solo.toml:1: fail-fast: unknown setting", """
				profile.default.overrides = [{ filter = "all()", fail-fast = true }]
				""");
	}

	@Test
	void aTestGroupTakesMaxThreadsOnly() {
		assertMessage(".config/solo.toml:2: max-thread: unknown setting; did you mean max-threads?", """
				[test-groups.serial]
				max-thread = 1
				""");
		assertMessage(".config/solo.toml:2: max-threads: expected a positive integer or \"num-cpus\", found 0", """
				[test-groups.serial]
				max-threads = 0
				""");
	}

	@Test
	void malformedTomlNamesTheLine() {
		assertMessage(".config/solo.toml:2: not valid TOML: Newline not permitted here", """
				[profile.default]
				retries =
				""");
	}

	@Test
	void multiLineStringsAndCommentsKeepLinesRight() {
		assertMessage(".config/solo.toml:7: retries: expected an integer, found true", """
				# Solo's settings
				[profile.default]
				jvm-args = [
				    "-Xmx1g", # a comment
				    '''-Dx=y''',
				]
				retries = true
				""");
	}

	/** The example of README.md, section ".config/solo.toml", read from the README itself so the two never drift. */
	@Test
	void theReadmeExampleReads() throws java.io.IOException {
		String readme = java.nio.file.Files.readString(Path.of("..", "README.md"));
		String section = readme.substring(readme.indexOf("## `.config/solo.toml`"));
		String toml = section.substring(section.indexOf("```toml\n") + "```toml\n".length(), section.indexOf("\n```\n"));
		Settings settings = TomlFiles.settings(workspace, toml, Map.of("solo.profile", "ci-nightly"));
		assertEquals("ci-nightly", settings.profile());
		assertEquals(2, settings.retries().count());
		assertEquals(Optional.empty(), settings.maxFail());
		assertEquals(Optional.of(Duration.ofMinutes(5)), settings.slowTimeout());
		assertEquals(3, settings.terminateAfter());
		assertEquals(4, settings.testThreads());
		assertEquals(List.of("-Xmx1g", "-Dfile.encoding=UTF-8"), settings.jvmArgs());
		assertEquals(Optional.of("not tag(manual)"), settings.defaultFilter());
		assertEquals(Map.of("APP_ENV", "ci"), settings.env());
		assertEquals("package(com.example.net)", settings.overrides().get(0).filter());
		assertEquals(1, settings.testGroups().get("database").maxThreads());
		// Its overrides' filters and values are good too.
		dev.solo.engine.policy.Policies.of(settings, SettingsTest.parameters(Map.of("solo.profile", "ci-nightly")),
				workspace);
	}

	@Test
	void theReadmeMisspellingIsCaught() {
		assertMessage(".config/solo.toml:7: slow-timout: unknown setting; did you mean slow-timeout?", """
				[profile.default]
				retries = 1



				[profile.ci]
				slow-timout = "60s"
				""");
	}

	private void assertMessage(String expected, String toml) {
		TomlFiles.write(workspace, toml);
		Exception e = assertThrows(SettingsException.class, () -> SoloConfig.load(workspace, workspace));
		assertEquals(expected, e.getMessage());
	}
}
