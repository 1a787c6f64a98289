package dev.solo.launcher;

import static dev.solo.launcher.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.launcher.CliRun.Result;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exit code 1, nextest's "unexpected error": a failure no command foresees, with its stack
 * trace for the bug report. A class path entry no file system can hold (a NUL character) is one.
 */
class UnexpectedErrorTest {
	@ParameterizedTest
	@ValueSource(strings = { "run", "list", "show-config" })
	void anUnforeseenFailureExits1WithItsCause(String command) {
		Result result = run(command, "-cp", "classes\u0000here", "--select-class", "dev.solo.launcher.fixtures.PassingFixture");
		assertEquals(ExitCodes.UNEXPECTED_ERROR, result.code(), result.out() + result.err());
		assertTrue(result.err().contains("java.nio.file.InvalidPathException"), result.err());
	}
}
