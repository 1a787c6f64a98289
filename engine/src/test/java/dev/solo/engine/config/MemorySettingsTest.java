package dev.solo.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code test-memory} and an override's {@code memory}: read as -Xmx sizes, a bad one named where it was written. */
class MemorySettingsTest {
	@TempDir
	Path workspace;

	@Test
	void sizesAreWrittenAsTheJvmWritesThem() {
		assertEquals(OptionalLong.of(512L << 20), MemorySize.parse("512m"));
		assertEquals(OptionalLong.of(2L << 30), MemorySize.parse("2G"));
		assertEquals(OptionalLong.of(2L << 30), MemorySize.parse("2gb"));
		assertEquals(OptionalLong.of(1000), MemorySize.parse("1000"));
		for (String bad : new String[] { "", "m", "2.5g", "-1g", "0", "two gigs", "9999999999999999t" }) {
			assertEquals(OptionalLong.empty(), MemorySize.parse(bad), bad);
		}
		assertEquals("300 MiB", MemorySize.format(300L << 20));
		assertEquals("1.5 GiB", MemorySize.format(3L << 29));
		assertEquals("300m", MemorySize.written(300L << 20));
	}

	@Test
	void testMemoryIsAutoByDefaultAndTakesNoneOrASize() {
		assertEquals(TestMemory.AUTO, Settings.from(SettingsTest.parameters(Map.of()), workspace).testMemory());
		assertEquals(TestMemory.NONE,
				Settings.from(SettingsTest.parameters(Map.of("solo.test-memory", "none")), workspace).testMemory());
		assertEquals(new TestMemory(TestMemory.Mode.FIXED, 6L << 30),
				Settings.from(SettingsTest.parameters(Map.of("solo.test-memory", "6g")), workspace).testMemory());
		SettingsException e = assertThrows(SettingsException.class,
				() -> Settings.from(SettingsTest.parameters(Map.of("solo.test-memory", "lots")), workspace));
		assertEquals("invalid value 'lots' for solo.test-memory: expected auto, none, or a size such as \"6g\"",
				e.getMessage());
	}

	@Test
	void aBadSizeInTheFileNamesTheFileTheLineAndTheKey() {
		TomlFiles.write(workspace, """
				[profile.default]
				test-memory = "6 gigs"
				""");
		Exception e = assertThrows(SettingsException.class, () -> SoloConfig.load(workspace, workspace));
		assertEquals(".config/solo.toml:2: test-memory: expected auto, none, or a size such as \"6g\", found \"6 gigs\"",
				e.getMessage());
		TomlFiles.write(workspace, """
				[[profile.default.overrides]]
				filter = 'all()'
				memory = "none"
				""");
		e = assertThrows(SettingsException.class, () -> SoloConfig.load(workspace, workspace));
		assertEquals(".config/solo.toml:3: memory: expected a size such as \"512m\" or \"2g\", found \"none\"",
				e.getMessage());
	}

	@Test
	void anOverridesMemoryIsItsTestsOwn() {
		Settings base = TomlFiles.settings(workspace, """
				[profile.default]
				test-memory = "3g"

				[[profile.default.overrides]]
				filter = 'class(~Big)'
				memory = "2g"
				""", Map.of());
		assertEquals(new TestMemory(TestMemory.Mode.FIXED, 3L << 30), base.testMemory());
		assertEquals(OptionalLong.empty(), base.memory());
		Settings big = Settings.from(SettingsTest.parameters(Map.of()), workspace, Optional.of(base.overrides().get(0)));
		assertEquals(OptionalLong.of(2L << 30), big.memory());
	}
}
