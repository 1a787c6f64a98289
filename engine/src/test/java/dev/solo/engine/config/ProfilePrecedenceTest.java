package dev.solo.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilePrecedenceTest {
	private static final String LAYERS = """
			[profile.default]
			retries = 1
			test-threads = 1
			max-fail = 1
			leak-timeout = "1s"

			[profile.base]
			retries = 2
			test-threads = 2
			max-fail = 2

			[profile.ci]
			inherits = "base"
			retries = 3
			test-threads = 3
			""";

	@TempDir
	Path workspace;

	@Test
	void parameterBeatsProfileBeatsInheritedBeatsDefaultBeatsBuiltIn() {
		Settings settings = TomlFiles.settings(workspace, LAYERS,
				Map.of("solo.profile", "ci", "solo.test-threads", "4"));
		assertEquals("ci", settings.profile());
		assertEquals(4, settings.testThreads(), "parameter");
		assertEquals(3, settings.retries().count(), "selected profile");
		assertEquals(Optional.of(2), settings.maxFail(), "inherited profile");
		assertEquals(Duration.ofSeconds(1), settings.leakTimeout(), "default profile");
		assertEquals(Duration.ofSeconds(10), settings.gracePeriod(), "built-in");
	}

	@Test
	void theDefaultProfileAppliesWhenNoneIsSelected() {
		Settings settings = TomlFiles.settings(workspace, LAYERS, Map.of());
		assertEquals("default", settings.profile());
		assertEquals(1, settings.retries().count());
	}

	@Test
	void eitherSpellingOfAShorthandParameterBeatsTheProfile() {
		Settings settings = TomlFiles.settings(workspace, LAYERS,
				Map.of("solo.profile", "ci", "solo.retries.count", "5"));
		assertEquals(5, settings.retries().count());
	}

	@Test
	void aShorthandAndItsTableAreOneSettingAcrossProfiles() {
		Settings settings = TomlFiles.settings(workspace, """
				[profile.default]
				slow-timeout = { period = "1s", terminate-after = 3 }

				[profile.ci]
				slow-timeout = "2s"
				""", Map.of("solo.profile", "ci"));
		assertEquals(Optional.of(Duration.ofSeconds(2)), settings.slowTimeout());
		assertEquals(3, settings.terminateAfter(), "the rest of the table comes from default");
	}

	@Test
	void overridesComeSelectedProfileFirst() {
		SoloConfig config = TomlFiles.load(workspace, """
				[[profile.default.overrides]]
				filter = "all()"

				[[profile.ci.overrides]]
				filter = "tag(ci)"
				""");
		assertEquals("tag(ci)", config.resolve("ci").overrides().get(0).filter());
		assertEquals("all()", config.resolve("ci").overrides().get(1).filter());
	}

	@Test
	void anUnknownProfileIsAnError() {
		Exception e = assertThrows(SettingsException.class,
				() -> TomlFiles.settings(workspace, LAYERS, Map.of("solo.profile", "nightly")));
		assertEquals("solo.profile: unknown profile \"nightly\"; .config/solo.toml defines base, ci, default",
				e.getMessage());
	}

	@Test
	void aProfileWithoutAFileIsAnError() {
		Exception e = assertThrows(SettingsException.class,
				() -> Settings.from(SettingsTest.parameters(Map.of("solo.profile", "ci")), workspace));
		assertEquals("solo.profile: unknown profile \"ci\"; there is no .config/solo.toml in the working directory"
				+ " or above it", e.getMessage());
	}

	@Test
	void inheritingAnUnknownProfileIsAnError() {
		Exception e = assertThrows(SettingsException.class, () -> TomlFiles.load(workspace, """
				[profile.ci]
				retries = 1
				inherits = "bsae"
				"""));
		assertEquals(".config/solo.toml:3: inherits: unknown profile \"bsae\"", e.getMessage());
	}

	@Test
	void anInheritanceCycleIsAnError() {
		Exception e = assertThrows(SettingsException.class, () -> TomlFiles.load(workspace, """
				[profile.a]
				inherits = "b"

				[profile.b]
				inherits = "c"

				[profile.c]
				inherits = "a"
				"""));
		assertEquals(".config/solo.toml:2: inherits: profile \"a\" inherits from itself: a -> b -> c -> a",
				e.getMessage());
	}

	@Test
	void theDefaultProfileInheritsNothing() {
		Exception e = assertThrows(SettingsException.class, () -> TomlFiles.load(workspace, """
				[profile.default]
				inherits = "ci"
				[profile.ci]
				"""));
		assertEquals(".config/solo.toml:2: inherits: the default profile inherits from nothing", e.getMessage());
	}

	@Test
	void aBadParameterIsStillReportedAsAParameter() {
		Exception e = assertThrows(SettingsException.class,
				() -> TomlFiles.settings(workspace, LAYERS, Map.of("solo.retries", "many")));
		assertEquals("invalid value 'many' for solo.retries: expected a whole number", e.getMessage());
	}

	@Test
	void aValueThatParsesButIsOutOfRangeIsReportedWhereItWasWritten() {
		Exception e = assertThrows(SettingsException.class, () -> TomlFiles.settings(workspace, """
				[profile.default]
				max-fail = 0
				""", Map.of()));
		assertEquals(".config/solo.toml:2: max-fail: expected a positive whole number, all, or N:immediate, found 0",
				e.getMessage());
	}
}
