package dev.solo.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tracer}: a profile or override records the tests it matches; the CLI's {@code --tracer} also sets timeouts aside. */
class TracerSettingsTest {
	private static final String TIMED = """
			[profile.default]
			test-threads = 4
			slow-timeout = { period = "1s", terminate-after = 2 }
			global-timeout = "10s"

			[[profile.default.overrides]]
			filter = 'test(~Slow)'
			tracer = { mode = "jfr", jfr-settings = "profile" }
			""";

	@TempDir
	Path workspace;

	@Test
	void noTracerUnlessOneIsSet() {
		assertEquals(Optional.empty(), TomlFiles.settings(workspace, TIMED, Map.of()).tracer());
	}

	@Test
	void anOverridesTracerRecordsItsTestsAndChangesNothingElse() {
		Settings run = TomlFiles.settings(workspace, TIMED, Map.of());
		Settings traced = Settings.from(SettingsTest.parameters(Map.of()), workspace,
				Optional.of(run.overrides().get(0)));
		assertEquals(Optional.of(new Tracer("profile", false)), traced.tracer());
		assertEquals(4, traced.testThreads());
		assertEquals(Optional.of(Duration.ofSeconds(1)), traced.slowTimeout());
		assertEquals(2, traced.terminateAfter());
		assertEquals(Optional.of(Duration.ofSeconds(10)), traced.globalTimeout());
		assertTrue(traced.fastStart());
	}

	@Test
	void theCommandLinesTracerRunsOneTestAtATimeWithoutTimeouts() {
		Settings settings = TomlFiles.settings(workspace, TIMED,
				Map.of("solo.tracer", "jfr", "solo.tracer.one-test", "true"));
		assertEquals(Optional.of(new Tracer(Tracer.DEFAULT_SETTINGS, true)), settings.tracer());
		assertEquals(1, settings.testThreads());
		assertTrue(settings.slowTimeout().isEmpty());
		assertEquals(0, settings.terminateAfter());
		assertTrue(settings.globalTimeout().isEmpty());
		assertFalse(settings.fastStart(), "a profile of the JVM's usual compilers, not fast start's");
		assertFalse(settings.classDataSharing());
	}

	@Test
	void anUnknownTracerIsNamedWithItsKeyAndValue() {
		SettingsException e = assertThrows(SettingsException.class,
				() -> TomlFiles.settings(workspace, TIMED, Map.of("solo.tracer", "async-profiler")));
		assertTrue(e.getMessage().contains("invalid value 'async-profiler' for solo.tracer"), e.getMessage());
		assertTrue(e.getMessage().contains("expected none or jfr"), e.getMessage());
		SettingsException inFile = assertThrows(SettingsException.class, () -> TomlFiles.settings(workspace,
				"[profile.default]\ntracer = \"perf\"\n", Map.of()));
		assertTrue(inFile.getMessage().contains("tracer") && inFile.getMessage().contains("perf"), inFile.getMessage());
	}
}
