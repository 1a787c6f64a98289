package dev.solo.launcher;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The {@code solo} command line run in-process, its stdout and stderr caught, for the command tests. */
public final class CliRun {
	/** This module's test classes, where the fixtures are. */
	public static final String TEST_CLASSES = testClasses();

	private CliRun() {
	}

	public static Result run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream originalOut = System.out;
		PrintStream originalErr = System.err;
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		int code;
		try {
			code = SoloMain.execute(args);
		}
		finally {
			System.setOut(originalOut);
			System.setErr(originalErr);
		}
		return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static String testClasses() {
		try {
			Path path = Paths.get(CliRun.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			return path.toString();
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	public record Result(int code, String out, String err) {
	}
}
