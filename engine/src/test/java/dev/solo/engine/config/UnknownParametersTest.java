package dev.solo.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnknownParametersTest {

	@TempDir
	Path workspace;

	@ParameterizedTest
	@MethodSource
	void unknownParametersSuggestTheNearestKnownOne(String key, String message) {
		Exception e = assertThrows(SettingsException.class,
				() -> Settings.from(SettingsTest.parameters(Map.of(key, "1")), workspace));
		assertEquals(message, e.getMessage());
	}

	static Stream<Arguments> unknownParametersSuggestTheNearestKnownOne() {
		return Stream.of(
				arguments("solo.test-thread", "solo.test-thread: unknown setting; did you mean solo.test-threads?"),
				arguments("solo.retry", "solo.retry: unknown setting; did you mean solo.retries?"),
				arguments("solo.slow-timeout.terminate", "solo.slow-timeout.terminate: unknown setting;"
						+ " did you mean solo.slow-timeout.terminate-after?"),
				arguments("solo.enable", "solo.enable: unknown setting; did you mean solo.enabled?"),
				arguments("solo.zzzzzzzzzzzz", "solo.zzzzzzzzzzzz: unknown setting"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "solo.enabled", "solo.profile", "solo.host-output", "solo.output-limit-bytes",
			"solo.fast-start", "solo.class-data-sharing", "solo.warm-start", "solo.isolation", "solo.child.jfr",
			"solo.retries", "solo.retries.count", "solo.slow-timeout", "solo.slow-timeout.period",
			"solo.leak-timeout.result", "solo.execution.mode", "solo.run.id", "solo.test.id", "solo.attempt",
			"solo.workspace.root", "solo.filter", "solo.partition", "solo.run-ignored", "solo.rerun",
			"solo.default-filter", "solo.junit.path", "solo.env.JAVA_TOOL_OPTIONS", "solo.durations-file" })
	void knownParametersPass(String key) {
		UnknownParameters.check(SettingsTest.parameters(Map.of(key, "x")));
	}

	@Test
	void otherPrefixesAreNotSolos() {
		UnknownParameters.check(SettingsTest.parameters(Map.of("junit.jupiter.foo", "1", "solox", "1", "solo", "1")));
	}
}
