package dev.solo.launcher.boot;

import java.util.Locale;
import java.util.Optional;

/**
 * {@code --no-tests} for a project in which no module runs tests (each skips them): the boot
 * answers before any Platform is loaded, with the words and exit code the command would use.
 */
final class NoTests {
	private static final int OK = 0;
	private static final int NO_TESTS_RUN = 4;

	private NoTests() {
	}

	static int exitCode(Optional<String> option, String command) {
		String what = command.equals("show-config") ? "read" : "run";
		switch (option.orElse("fail").toLowerCase(Locale.ROOT)) {
			case "pass":
				return OK;
			case "warn":
				System.err.println("warning: no tests to " + what);
				return OK;
			default:
				System.err.println("error: no tests to " + what);
				return NO_TESTS_RUN;
		}
	}
}
