package dev.solo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

/** Runs the CLI in-process on fixtures; each fixture test really runs in its own JVM. */
class RunCommandTest {
	private static final String TEST_CLASSES = testClasses();

	@Test
	void passingRunExitsZeroAndPrintsNextestLines() {
		Result result = run("run", "-cp", TEST_CLASSES, "--select-class",
				"dev.solo.launcher.fixtures.PassingFixture", "-j", "2", "--color", "never");
		assertEquals(ExitCodes.OK, result.code, result.out);
		assertTrue(result.out.contains("Starting 2 tests across 1 classes"), result.out);
		assertTrue(result.out.matches("(?s).*\\n +PASS \\[ +\\d+\\.\\d{3}s\\] \\(\\d/2\\) dev\\.solo\\.launcher\\.fixtures\\.PassingFixture first\\(\\).*"),
				result.out);
		assertTrue(result.out.contains("2 tests run: 2 passed"), result.out);
	}

	@Test
	void failingRunExits100AndShowsTheFailureWithItsOutput() {
		Result result = run("run", "-cp", TEST_CLASSES, "--select-class",
				"dev.solo.launcher.fixtures.FailingFixture", "--color", "never");
		assertEquals(ExitCodes.TEST_RUN_FAILED, result.code, result.out);
		assertTrue(result.out.contains("FAIL ["), result.out);
		assertTrue(result.out.contains("output of the failing test"), result.out);
		assertTrue(result.out.contains("arithmetic ==> expected: <2> but was: <3>"), result.out);
		assertTrue(result.out.contains("1 passed, 1 failed"), result.out);
	}

	@Test
	void noTestsExits4() {
		Result result = run("run", "-cp", TEST_CLASSES, "--select-class", "dev.solo.launcher.fixtures.NoSuchClass",
				"--color", "never");
		assertEquals(ExitCodes.NO_TESTS_RUN, result.code, result.out + result.err);
	}

	@Test
	void badSettingExits96NamingTheKey() {
		Result result = run("run", "-cp", TEST_CLASSES, "--select-class", "dev.solo.launcher.fixtures.PassingFixture",
				"--config", "solo.retries=many", "--color", "never");
		assertEquals(ExitCodes.SETUP_ERROR, result.code, result.out + result.err);
		assertTrue(result.err.contains("invalid value 'many' for solo.retries"), result.err);
	}

	private static Result run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream originalOut = System.out;
		PrintStream originalErr = System.err;
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		int code;
		try {
			code = SoloCommand.commandLine().execute(args);
		}
		finally {
			System.setOut(originalOut);
			System.setErr(originalErr);
		}
		return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static String testClasses() {
		try {
			Path path = Paths.get(RunCommandTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			return path.toString();
		}
		catch (java.net.URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	private record Result(int code, String out, String err) {
	}
}
