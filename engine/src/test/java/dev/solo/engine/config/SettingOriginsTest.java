package dev.solo.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.solo.engine.TestParameters;
import dev.solo.engine.config.SettingOrigins.Kind;
import dev.solo.engine.config.SettingOrigins.Origin;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingOriginsTest {
	private static final String CONFIG = """
			[profile.default]
			retries = 1
			slow-timeout = "5s"

			[profile.ci]
			test-threads = 3
			env = { REGION = "eu" }
			""";

	@TempDir
	Path workspace;

	@Test
	void eachSettingNamesTheParameterTheProfileAndLineOrTheDefaultItComesFrom() {
		TomlFiles.write(workspace, CONFIG);
		Map<String, Origin> origins = SettingOrigins.of(TestParameters.of(Map.of("solo.retries", "4",
				"solo.env.STAGE", "two")), workspace, "ci").stream()
				.collect(Collectors.toMap(Origin::key, Function.identity()));
		assertEquals(new Origin("retries.count", Kind.PARAMETER, Optional.of("4"), "solo.retries", Optional.empty()),
				origins.get("retries.count"), "a parameter beats the profile");
		assertEquals(new Origin("test-threads", Kind.PROFILE, Optional.of("3"), ".config/solo.toml:6",
				Optional.of("ci")), origins.get("test-threads"));
		assertEquals(new Origin("slow-timeout.period", Kind.PROFILE, Optional.of("5s"), ".config/solo.toml:3",
				Optional.of("default")), origins.get("slow-timeout.period"), "what ci takes from default");
		assertEquals(Kind.DEFAULT, origins.get("leak-timeout.period").kind());
		assertEquals(Optional.empty(), origins.get("leak-timeout.period").text());
		assertEquals(Kind.PROFILE, origins.get("env.REGION").kind());
		assertEquals(Kind.PARAMETER, origins.get("env.STAGE").kind());
		assertEquals(SettingKeys.profileKeys().size() + 2, origins.size(), "every known key, and each env.NAME");
	}

	@Test
	void theOrderIsTheKnownKeysThenTheEnvironment() {
		List<String> keys = SettingOrigins.of(TestParameters.of(Map.of("solo.env.B", "1", "solo.env.A", "2")),
				workspace, "default").stream().map(Origin::key).toList();
		assertEquals("test-threads", keys.get(0));
		assertEquals(List.of("env.A", "env.B"), keys.subList(keys.size() - 2, keys.size()));
	}

	@Test
	void anUnknownProfileFailsAsDiscoveryWould() {
		SettingsException e = assertThrows(SettingsException.class,
				() -> SettingOrigins.of(TestParameters.of(Map.of()), workspace, "nightly"));
		assertEquals("solo.profile: unknown profile \"nightly\"; there is no .config/solo.toml in the working "
				+ "directory or above it", e.getMessage());
	}
}
