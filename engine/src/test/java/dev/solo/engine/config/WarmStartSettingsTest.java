package dev.solo.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code warm-start} and {@code warm-start-ahead}: defaults, a profile, a parameter, what turns them off, bad values. */
class WarmStartSettingsTest {
	@TempDir
	Path workspace;

	@Test
	void byDefaultOneJvmStartsAheadPerSlotAndAutoIsAskedFor() {
		WarmStart warm = Settings.from(SettingsTest.parameters(Map.of()), workspace).warmStart();
		assertEquals(new WarmStart(true, OptionalInt.of(0)), warm);
		assertEquals("0", warm.aheadWritten());
		WarmStart auto = Settings.from(SettingsTest.parameters(Map.of("solo.warm-start-ahead", "auto")), workspace)
				.warmStart();
		assertEquals(new WarmStart(true, OptionalInt.empty()), auto);
		assertEquals("auto", auto.aheadWritten());
	}

	@Test
	void aProfileOrAParameterSetsHowManyMore() {
		WarmStart profile = TomlFiles.settings(workspace, """
				[profile.default]
				warm-start-ahead = 3
				""", Map.of()).warmStart();
		assertEquals(new WarmStart(true, OptionalInt.of(3)), profile);
		WarmStart parameter = Settings.from(SettingsTest.parameters(Map.of("solo.warm-start-ahead", "0")), workspace)
				.warmStart();
		assertEquals(new WarmStart(true, OptionalInt.of(0)), parameter);
		assertEquals("0", parameter.aheadWritten());
	}

	@Test
	void noWarmStartStartsNothingAheadAndNoCaptureHasNone() {
		assertEquals(WarmStart.OFF, Settings.from(SettingsTest.parameters(Map.of("solo.warm-start", "false",
				"solo.warm-start-ahead", "4")), workspace).warmStart());
		assertEquals(WarmStart.OFF, Settings.from(SettingsTest.parameters(Map.of("solo.no-capture", "true")), workspace)
				.warmStart());
	}

	@Test
	void aBadValueFailsNamingWhereItWasWritten() {
		SettingsException toml = assertThrows(SettingsException.class, () -> TomlFiles.settings(workspace, """
				[profile.default]
				warm-start-ahead = -1
				""", Map.of()));
		assertEquals(".config/solo.toml:2: warm-start-ahead: expected auto or a whole number of at least 0, found -1",
				toml.getMessage());
		TomlFiles.write(workspace, "");
		SettingsException parameter = assertThrows(SettingsException.class,
				() -> Settings.from(SettingsTest.parameters(Map.of("solo.warm-start-ahead", "lots")), workspace));
		assertEquals("invalid value 'lots' for solo.warm-start-ahead: expected auto or a whole number of at least 0",
				parameter.getMessage());
	}
}
