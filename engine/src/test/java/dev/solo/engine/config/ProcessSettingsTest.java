package dev.solo.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cpu-priority} and {@code network}: defaults, a profile, an override, a parameter, and bad values where written. */
class ProcessSettingsTest {
	@TempDir
	Path workspace;

	@Test
	void byDefaultATestJvmStartsAsAnyProcess() {
		Settings settings = Settings.from(SettingsTest.parameters(Map.of()), workspace);
		assertEquals(ProcessSettings.DEFAULT, settings.process());
		assertEquals(true, settings.process().isPlain());
	}

	@Test
	void aProfileAndAnOverrideSetThem() {
		SoloConfig config = TomlFiles.load(workspace, """
				[profile.default]
				cpu-priority = "below-normal"

				[[profile.default.overrides]]
				filter = "tag(ports)"
				network = "isolated"
				cpu-priority = "idle"
				""");
		Settings profile = Settings.from(SettingsTest.parameters(Map.of()), workspace);
		assertEquals(new ProcessSettings(CpuPriority.BELOW_NORMAL, Network.SHARED), profile.process());
		Settings overridden = Settings.from(SettingsTest.parameters(Map.of()), workspace,
				Optional.of(config.resolve("default").overrides().get(0)));
		assertEquals(new ProcessSettings(CpuPriority.IDLE, Network.ISOLATED), overridden.process());
	}

	@Test
	void aParameterSetsThem() {
		Settings settings = Settings.from(SettingsTest.parameters(Map.of("solo.cpu-priority", "high", "solo.network",
				"isolated")), workspace);
		assertEquals(new ProcessSettings(CpuPriority.HIGH, Network.ISOLATED), settings.process());
		assertEquals(-10, settings.process().cpuPriority().niceIncrement());
	}

	@Test
	void anUnknownValueFailsNamingTheFileLineAndKey() {
		SettingsException priority = assertThrows(SettingsException.class, () -> TomlFiles.settings(workspace, """
				[profile.default]
				cpu-priority = "lowest"
				""", Map.of()));
		assertEquals(".config/solo.toml:2: cpu-priority: expected normal or high or above-normal or below-normal or low"
				+ " or idle, found \"lowest\"", priority.getMessage());
		TomlFiles.write(workspace, "");
		SettingsException network = assertThrows(SettingsException.class,
				() -> Settings.from(SettingsTest.parameters(Map.of("solo.network", "none")), workspace));
		assertEquals("invalid value 'none' for solo.network: expected shared or isolated", network.getMessage());
	}
}
