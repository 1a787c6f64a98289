package dev.solo.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.engine.TestParameters;
import dev.solo.engine.config.Settings;
import dev.solo.engine.config.SettingsException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DebuggedTestsTest {
	@TempDir
	Path workspace;

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void aDebuggerAskedForTakesExactlyOneTestAndNamesHowManyMatched() {
		Settings asked = settings(Map.of("solo.debugger", "on"));
		DebuggedTests.begin(asked, 1, stream());
		for (int units : new int[] { 0, 3 }) {
			SettingsException e = assertThrows(SettingsException.class, () -> DebuggedTests.begin(asked, units, stream()));
			assertEquals("--debugger (solo.debugger=on): debugs exactly one test, and " + units
					+ " tests matched; select one, e.g. with -E 'test(=NAME)'", e.getMessage());
		}
		assertEquals("", err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void aRunThatDoesNotDebugNeitherChecksNorSays() {
		DebuggedTests.begin(settings(Map.of("solo.debugger", "off")), 12, stream());
		assertEquals("", err.toString(StandardCharsets.UTF_8));
	}

	private Settings settings(Map<String, String> parameters) {
		return Settings.from(TestParameters.of(parameters), workspace);
	}

	private PrintStream stream() {
		return new PrintStream(err, true, StandardCharsets.UTF_8);
	}
}
