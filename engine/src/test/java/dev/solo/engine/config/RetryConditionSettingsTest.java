package dev.solo.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retries.on}: read from a profile's inline table, an override and a parameter; a bad name fails where it was written. */
class RetryConditionSettingsTest {
	@TempDir
	Path workspace;

	@Test
	void anInlineTableListsTheConditions() {
		Settings settings = TomlFiles.settings(workspace, """
				[profile.default]
				retries = { count = 2, on = ["timeout", "jvm-crash", "exception:java.net.SocketTimeoutException"] }
				""", Map.of());
		assertEquals(2, settings.retries().count());
		assertEquals(List.of("timeout", "jvm-crash", "exception:java.net.SocketTimeoutException"),
				settings.retries().on().stream().map(RetryCondition::toString).toList());
	}

	@Test
	void withoutOnEveryFailureRetries() {
		Settings settings = TomlFiles.settings(workspace, """
				[profile.default]
				retries = 2
				""", Map.of());
		assertEquals(List.of(), settings.retries().on());
	}

	@Test
	void anOverrideSetsItsOwnConditions() {
		SoloConfig config = TomlFiles.load(workspace, """
				[profile.default]
				retries = { count = 1, on = ["timeout"] }

				[[profile.default.overrides]]
				filter = "tag(net)"
				retries = { count = 3, on = ["exception:java.net.ConnectException"] }
				""");
		ProfileOverride override = config.resolve("default").overrides().get(0);
		Settings settings = Settings.from(SettingsTest.parameters(Map.of()), workspace, Optional.of(override));
		assertEquals(3, settings.retries().count());
		assertEquals(List.of("exception:java.net.ConnectException"),
				settings.retries().on().stream().map(RetryCondition::toString).toList());
	}

	@Test
	void aParameterListsThemWithCommas() {
		Settings settings = Settings.from(SettingsTest.parameters(Map.of("solo.retries", "2", "solo.retries.on",
				"timeout, exception:java.io.IOException")), workspace);
		assertEquals(List.of("timeout", "exception:java.io.IOException"),
				settings.retries().on().stream().map(RetryCondition::toString).toList());
	}

	@Test
	void anUnknownConditionFailsNamingTheFileLineAndKey() {
		SettingsException e = assertThrows(SettingsException.class, () -> TomlFiles.settings(workspace, """
				[profile.default]
				retries = { count = 2, on = ["timeout", "crash"] }
				""", Map.of()));
		assertEquals(".config/solo.toml:2: retries.on: expected timeout, jvm-crash or exception:CLASS (a fully qualified"
				+ " class name); 'crash' is none of them, found [\"timeout\",\"crash\"]", e.getMessage());
	}

	@Test
	void anExceptionWithoutAClassNameIsAnError() {
		for (String bad : List.of("exception:", "exception:java..Foo", "exception:1x.Foo")) {
			SettingsException e = assertThrows(SettingsException.class, () -> Settings.from(SettingsTest.parameters(
					Map.of("solo.retries.on", bad)), workspace));
			assertEquals("invalid value '" + bad + "' for solo.retries.on: " + RetryCondition.EXPECTED + "; '" + bad
					+ "' is none of them", e.getMessage());
		}
	}

	@Test
	void anEmptyListIsAnError() {
		SettingsException e = assertThrows(SettingsException.class, () -> TomlFiles.settings(workspace, """
				[profile.default]
				retries.on = []
				""", Map.of()));
		assertEquals(".config/solo.toml:2: retries.on: " + RetryCondition.EXPECTED + ", at least one, found []",
				e.getMessage());
	}
}
