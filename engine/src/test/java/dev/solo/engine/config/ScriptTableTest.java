package dev.solo.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptTableTest {

	@TempDir
	Path workspace;

	@Test
	void aSetupWithEveryKeyAndItsTeardown() {
		SoloConfig config = TomlFiles.load(workspace, """
				[scripts.setup.db]
				command = 'start-db.sh --name "my db"'
				env = { DB_IMAGE = "postgres:16" }
				slow-timeout = { period = "30s", terminate-after = 4, grace-period = "2s" }
				leak-timeout = "1s"
				capture-stdout = true
				capture-stderr = true
				junit.store-success-output = true
				junit.store-failure-output = false
				system-properties = true
				teardown = "db-down"

				[scripts.teardown.db-down]
				command = ["stop-db.sh", "a b"]

				[[profile.default.scripts]]
				filter = 'package(com.example.db)'
				setup = ["db"]
				""");
		ScriptDefinition db = config.scripts().setup().get("db");
		assertEquals(List.of("start-db.sh", "--name", "my db"), db.command());
		assertEquals(Map.of("DB_IMAGE", "postgres:16"), db.env());
		assertEquals(Optional.of(Duration.ofSeconds(30)), db.slowTimeout());
		assertEquals(4, db.terminateAfter());
		assertEquals(Optional.of(Duration.ofSeconds(120)), db.terminateAfterTime());
		assertEquals(Duration.ofSeconds(2), db.gracePeriod());
		assertEquals(Duration.ofSeconds(1), db.leakTimeout());
		assertTrue(db.captureStdout() && db.captureStderr());
		assertEquals(Optional.of("db-down"), db.teardown());
		assertEquals(".config/solo.toml:1", db.where());
		ScriptDefinition down = config.scripts().teardown().get("db-down");
		assertEquals(List.of("stop-db.sh", "a b"), down.command());
		assertEquals(ScriptDefinition.Kind.TEARDOWN, down.kind());
		assertEquals(List.of(new ProfileScripts("default", "package(com.example.db)", List.of("db"),
				".config/solo.toml:16")), config.scriptsOf("default"));
		assertTrue(db.systemProperties());
		assertTrue(db.junitStoresOutput(false));
		assertFalse(db.junitStoresOutput(true));
	}

	@Test
	void aJavaSetupNamesItsClassInsteadOfACommand() {
		ScriptDefinition setup = TomlFiles.load(workspace, """
				[scripts.setup.http]
				class = "com.example.HttpSetup"
				""").scripts().setup().get("http");
		assertEquals(Optional.of("com.example.HttpSetup"), setup.className());
		assertEquals(List.of(), setup.command());
		assertEquals(List.of("class", "com.example.HttpSetup"), setup.shownCommand());
	}

	@Test
	void nextestsDefaults() {
		ScriptDefinition script = TomlFiles.load(workspace, """
				[scripts.setup.s]
				command = "s.sh"
				""").scripts().setup().get("s");
		assertEquals(Optional.empty(), script.slowTimeout());
		assertEquals(Optional.empty(), script.terminateAfterTime());
		assertEquals(Duration.ofMillis(100), script.leakTimeout());
		assertEquals(false, script.captureStdout());
		assertEquals(false, script.captureStderr());
		// nextest's JUnit defaults: the output of a script that failed, not of one that passed
		assertFalse(script.systemProperties());
		assertTrue(script.junitStoresOutput(true));
		assertFalse(script.junitStoresOutput(false));
		assertEquals(Optional.of(Duration.ofSeconds(5)), TomlFiles.load(workspace, """
				[scripts.setup.s]
				command = "s.sh"
				slow-timeout = "5s"
				""").scripts().setup().get("s").slowTimeout());
	}

	@Test
	void aProfilesScriptsComeBeforeThoseItInherits() {
		SoloConfig config = TomlFiles.load(workspace, """
				[scripts.setup.a]
				command = "a"
				[scripts.setup.b]
				command = "b"
				[profile.ci]
				inherits = "default"
				[[profile.ci.scripts]]
				filter = 'all()'
				setup = "b"
				[[profile.default.scripts]]
				filter = 'tag(db)'
				setup = ["a"]
				""");
		assertEquals(List.of(List.of("b"), List.of("a")),
				config.scriptsOf("ci").stream().map(ProfileScripts::setup).toList());
		assertEquals(List.of(List.of("a")), config.scriptsOf("default").stream().map(ProfileScripts::setup).toList());
	}

	@Test
	void eachMistakeNamesItsLineAndKey() {
		assertFails(".config/solo.toml:3: comand: unknown setting; did you mean command?", """
				[scripts.setup.db]
				command = "x"
				comand = "y"
				""");
		assertFails(".config/solo.toml:3: store-sucess-output: unknown setting; did you mean store-success-output?", """
				[scripts.setup.db]
				command = "x"
				junit.store-sucess-output = true
				""");
		assertFails(".config/solo.toml:3: store-failure-output: expected a boolean", """
				[scripts.setup.db]
				command = "x"
				junit.store-failure-output = "yes"
				""");
		assertFails(".config/solo.toml:1: scripts.setpu: unknown kind of script; did you mean setup?", """
				[scripts.setpu.db]
				command = "x"
				""");
		assertFails(".config/solo.toml:3: class: a script runs a command or a class, not both", """
				[scripts.setup.db]
				command = "x"
				class = "com.example.Db"
				""");
		assertFails(".config/solo.toml:2: class: expected a class name such as", """
				[scripts.setup.db]
				class = "com.example.Db setup"
				""");
		assertFails(".config/solo.toml:2: class: a Java class is a setup", """
				[scripts.teardown.db]
				class = "com.example.Db"
				""");
		assertFails(".config/solo.toml:1: scripts.setup.db: every script needs a command", """
				[scripts.setup.db]
				env = { A = "b" }
				""");
		assertFails(".config/solo.toml:2: command: a quote is not closed", """
				[scripts.setup.db]
				command = 'start "db'
				""");
		assertFails(".config/solo.toml:2: command: names no program", """
				[scripts.setup.db]
				command = []
				""");
		assertFails(".config/solo.toml:2: command: expected a string or an array of strings, found 3", """
				[scripts.setup.db]
				command = 3
				""");
		assertFails(".config/solo.toml:3: slow-timeout: expected a duration such as 250ms", """
				[scripts.setup.db]
				command = "x"
				slow-timeout = "soon"
				""");
		assertFails(".config/solo.toml:3: terminate: unknown setting", """
				[scripts.setup.db]
				command = "x"
				slow-timeout = { period = "1s", terminate = 2 }
				""");
		assertFails(".config/solo.toml:3: slow-timeout.terminate-after: expected a positive integer, found 0", """
				[scripts.setup.db]
				command = "x"
				slow-timeout = { period = "1s", terminate-after = 0 }
				""");
		assertFails(".config/solo.toml:3: capture-stdout: expected a boolean, found \"yes\"", """
				[scripts.setup.db]
				command = "x"
				capture-stdout = "yes"
				""");
		assertFails(".config/solo.toml:3: env.A: expected a string, found 1", """
				[scripts.setup.db]
				command = "x"
				env = { A = 1 }
				""");
		assertFails(".config/solo.toml:3: teardown: unknown teardown script \"gone\"; no [scripts.teardown.*] is defined",
				"""
						[scripts.setup.db]
						command = "x"
						teardown = "gone"
						""");
		assertFails(".config/solo.toml:3: teardown: only a setup script names a teardown", """
				[scripts.teardown.db]
				command = "x"
				teardown = "db"
				""");
		assertFails(".config/solo.toml:5: setup: unknown setup script \"bd\"; defined: db; did you mean db?", """
				[scripts.setup.db]
				command = "x"
				[[profile.default.scripts]]
				filter = 'all()'
				setup = ["bd"]
				""");
		assertFails(".config/solo.toml:1: scripts: every [[profile.default.scripts]] needs a filter", """
				[[profile.default.scripts]]
				setup = ["db"]
				""");
		assertFails(".config/solo.toml:1: scripts: every [[profile.default.scripts]] needs setup", """
				[[profile.default.scripts]]
				filter = 'all()'
				""");
		assertFails(".config/solo.toml:3: stup: unknown setting; did you mean setup?", """
				[[profile.default.scripts]]
				filter = 'all()'
				stup = ["db"]
				""");
		assertFails(".config/solo.toml:1: scripts: expected an array of tables ([[profile.default.scripts]]), found a table",
				"""
						[profile.default.scripts]
						filter = 'all()'
						""");
	}

	private void assertFails(String expected, String toml) {
		SettingsException e = assertThrows(SettingsException.class, () -> TomlFiles.load(workspace, toml), toml);
		assertTrue(e.getMessage().startsWith(expected), () -> "expected '" + expected + "…', was: " + e.getMessage());
		assertEquals(1, e.getMessage().lines().count(), e.getMessage());
	}
}
