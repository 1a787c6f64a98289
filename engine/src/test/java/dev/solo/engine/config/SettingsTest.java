package dev.solo.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.engine.TestParameters;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.ConfigurationParameters;

class SettingsTest {

	/** A working directory with no {@code .config/solo.toml} at or above it, unlike the real one may have. */
	@TempDir
	Path workspace;

	@Test
	void durationsAreWrittenTheNextestWay() {
		assertEquals(Duration.ofMillis(250), DurationParser.parse("k", "250ms"));
		assertEquals(Duration.ofSeconds(30), DurationParser.parse("k", "30s"));
		assertEquals(Duration.ofSeconds(90), DurationParser.parse("k", "1m30s"));
		SettingsException bad = assertThrows(SettingsException.class, () -> DurationParser.parse("solo.x", "30 sec"));
		assertTrue(bad.getMessage().contains("solo.x"), bad.getMessage());
	}

	@Test
	void defaultsFollowNextestExceptFailFast() {
		Settings settings = Settings.from(parameters(Map.of("solo.enabled", "true")), workspace);
		assertTrue(settings.enabled());
		assertEquals(0, settings.retries().count());
		assertTrue(settings.maxFail().isEmpty(), "fail-fast is off by default");
		assertEquals(Runtime.getRuntime().availableProcessors(), settings.testThreads());
		assertEquals("default", settings.profile());
	}

	@Test
	void runnerControlKeysAreRead() {
		Settings settings = Settings.from(parameters(Map.of("solo.retries", "2", "solo.slow-timeout", "2s",
				"solo.slow-timeout.terminate-after", "3", "solo.slow-timeout.grace-period", "1s",
				"solo.max-fail", "3:immediate", "solo.leak-timeout", "50ms", "solo.test-threads", "4")), workspace);
		assertEquals(2, settings.retries().count());
		assertEquals(Optional.of(Duration.ofSeconds(2)), settings.slowTimeout());
		assertEquals(3, settings.terminateAfter());
		assertEquals(Duration.ofSeconds(1), settings.gracePeriod());
		assertEquals(Optional.of(3), settings.maxFail());
		assertTrue(settings.terminateOnMaxFail());
		assertEquals(Duration.ofMillis(50), settings.leakTimeout());
		assertEquals(4, settings.testThreads());
		assertFalse(settings.enabled());
	}

	@Test
	void theDurationsFileIsReadAsWritten() {
		assertEquals(Optional.empty(), Settings.from(parameters(Map.of()), workspace).durationsFile());
		assertEquals(Optional.of("ci/durations.json"), Settings.from(parameters(Map.of("solo.durations-file",
				" ci/durations.json ")), workspace).durationsFile());
	}

	@Test
	void failFastMeansMaxFailOne() {
		assertEquals(Optional.of(1), Settings.from(parameters(Map.of("solo.fail-fast", "true")), workspace).maxFail());
	}

	@Test
	void badValuesNameTheirKey() {
		SettingsException e = assertThrows(SettingsException.class,
				() -> Settings.from(parameters(Map.of("solo.retries", "many")), workspace));
		assertEquals("invalid value 'many' for solo.retries: expected a whole number", e.getMessage());
	}

	@Test
	void exponentialBackoffIsCapped() {
		RetryPolicy policy = new RetryPolicy(5, true, Duration.ofMillis(100), Optional.of(Duration.ofMillis(300)),
				false);
		assertEquals(Duration.ofMillis(100), policy.delayBefore(2));
		assertEquals(Duration.ofMillis(200), policy.delayBefore(3));
		assertEquals(Duration.ofMillis(300), policy.delayBefore(4));
	}

	static ConfigurationParameters parameters(Map<String, String> values) {
		return TestParameters.of(values);
	}
}
