package dev.solo.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.engine.debug.Debugger;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code solo.debugger}: a run that debugs sets aside what would stop, repeat or overlap its tests. */
class DebuggerSettingsTest {
	private static final String BUSY = """
			[profile.default]
			test-threads = 4
			retries = 3
			slow-timeout = { period = "1s", terminate-after = 2 }
			global-timeout = "10s"
			leak-timeout = { period = "100ms", result = "fail" }
			warm-start = true

			[[profile.default.overrides]]
			filter = 'all()'
			retries = 5
			slow-timeout = { period = "2s", terminate-after = 1 }
			""";

	@TempDir
	Path workspace;

	@Test
	void aDebuggedRunHasOneTestAtATimeAndNothingThatStopsOrRepeatsIt() {
		Settings settings = TomlFiles.settings(workspace, BUSY,
				Map.of("solo.debugger", "on", "solo.debugger.attach-timeout", "2s"));
		assertEquals(Optional.of(new Debugger(Debugger.ANY_PORT, Duration.ofSeconds(2), true)), settings.debugger());
		assertDebugging(settings);
		// A per-test override ranks below parameters: the override's retries and timeout give way too.
		ProfileOverride override = settings.overrides().get(0);
		assertDebugging(Settings.from(SettingsTest.parameters(Map.of("solo.debugger", "on")), workspace,
				Optional.of(override)));
	}

	@Test
	void theHostsInputGoesToTheTestJvmOnlyWhenAsked() {
		Settings quiet = TomlFiles.settings(workspace, "", Map.of("solo.debugger", "on"));
		assertFalse(quiet.debugger().orElseThrow().relaysInput());
		Settings relaying = TomlFiles.settings(workspace, "",
				Map.of("solo.debugger", "on", "solo.debugger.stdin", "true"));
		assertTrue(relaying.debugger().orElseThrow().relaysInput());
	}

	private static void assertDebugging(Settings settings) {
		assertEquals(1, settings.testThreads());
		assertEquals(0, settings.retries().count());
		assertTrue(settings.slowTimeout().isEmpty());
		assertEquals(0, settings.terminateAfter());
		assertTrue(settings.globalTimeout().isEmpty());
		assertFalse(settings.failOnLeak());
		assertFalse(settings.warmStart().on());
		assertFalse(settings.fastStart());
		assertFalse(settings.classDataSharing());
	}

	@Test
	void offOrAHostWithoutJdwpLeavesTheRunAsItWas() {
		for (Map<String, String> parameters : java.util.List.of(Map.of("solo.debugger", "off"), Map.<String, String>of())) {
			Settings settings = TomlFiles.settings(workspace, BUSY, parameters);
			// The tests of this build do not run under a debugger; if they did, auto would debug them.
			if (!parameters.isEmpty() || !dev.solo.engine.debug.JdwpAgents.debuggerAttends(
					java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments())) {
				assertTrue(settings.debugger().isEmpty(), parameters.toString());
				assertEquals(4, settings.testThreads());
				assertEquals(3, settings.retries().count());
				assertTrue(settings.failOnLeak());
			}
		}
	}

	@Test
	void theAddressAndTheWaitAreCheckedWhereWritten() {
		Settings settings = Settings.from(SettingsTest.parameters(Map.of("solo.debugger", "on",
				"solo.debugger.address", "localhost:5006")), workspace);
		assertEquals("localhost:5006", settings.debugger().orElseThrow().address());
		assertEquals(Debugger.DEFAULT_ATTACH_TIMEOUT, settings.debugger().orElseThrow().attachTimeout());

		SettingsException address = assertThrows(SettingsException.class, () -> Settings.from(SettingsTest.parameters(
				Map.of("solo.debugger", "on", "solo.debugger.address", "5006,suspend=n")), workspace));
		assertTrue(address.getMessage().contains("solo.debugger.address"), address.getMessage());
		SettingsException forever = assertThrows(SettingsException.class, () -> Settings.from(SettingsTest.parameters(
				Map.of("solo.debugger", "on", "solo.debugger.attach-timeout", "0s")), workspace));
		assertTrue(forever.getMessage().contains("never waits forever"), forever.getMessage());
		SettingsException mode = assertThrows(SettingsException.class,
				() -> Settings.from(SettingsTest.parameters(Map.of("solo.debugger", "yes")), workspace));
		assertTrue(mode.getMessage().contains("[auto, off, on]"), mode.getMessage());
	}

	@Test
	void aProfileMayTurnItOff() {
		Settings settings = TomlFiles.settings(workspace, """
				[profile.default]
				debugger = "off"
				""", Map.of());
		assertTrue(settings.debugger().isEmpty());
	}
}
