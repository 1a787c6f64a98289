package dev.solo.launcher;

import dev.solo.engine.SoloRunListeners;
import dev.solo.engine.events.RunStats;
import dev.solo.engine.filter.FiltersetException;
import dev.solo.launcher.terminal.TerminalReporter;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code solo run}: discovers like console-standalone and runs every test in its own JVM. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run tests, each in its own JVM.")
final class RunCommand implements Callable<Integer> {
	enum Color { AUTO, ALWAYS, NEVER }

	@Mixin
	SelectionOptions selection = new SelectionOptions();

	@Option(names = { "-j", "--test-threads" }, paramLabel = "N", description = "Tests to run at once.")
	Integer testThreads;

	@Option(names = "--retries", paramLabel = "N", description = "Retries of a failing test, each in a fresh JVM.")
	Integer retries;

	@Option(names = "--fail-fast", description = "Start no new test after the first failure.")
	boolean failFast;

	@Option(names = "--no-fail-fast", description = "Run every test whatever fails (the default).")
	boolean noFailFast;

	@Option(names = "--max-fail", paramLabel = "N[:immediate]", description = "Stop after N failures.")
	String maxFail;

	@Option(names = "--no-capture", description = "Show output live and run one test at a time.")
	boolean noCapture;

	@Option(names = "--failure-output", paramLabel = "WHEN", description = "immediate, final, immediate-final, never.")
	String failureOutput = "immediate";

	@Option(names = "--success-output", paramLabel = "WHEN", description = "immediate, final, immediate-final, never.")
	String successOutput = "never";

	@Option(names = "--color", paramLabel = "WHEN", description = "auto, always, never.")
	Color color = Color.AUTO;

	@Override
	public Integer call() throws Exception {
		Map<String, String> parameters;
		try {
			parameters = parameters();
		}
		catch (FiltersetException e) {
			System.err.println("error: -E: " + e.getMessage());
			return ExitCodes.INVALID_FILTERSET;
		}
		TerminalReporter reporter = new TerminalReporter(System.out, colorful(),
				timing("--failure-output", failureOutput), timing("--success-output", successOutput));
		int failed = SoloLauncher.use(selection, parameters, (launcher, request, failures) -> {
			try (AutoCloseable attached = SoloRunListeners.attach(reporter)) {
				launcher.execute(request, failures.executionListener());
			}
		});
		if (failed != ExitCodes.OK) {
			return failed;
		}
		RunStats stats = reporter.stats();
		if (stats == null || stats.initialCount() == 0) {
			return selection.whenEmpty("run");
		}
		if (stats.failed() > 0) {
			return ExitCodes.TEST_RUN_FAILED;
		}
		return stats.notRun() > 0 ? ExitCodes.INCOMPLETE_RUN : ExitCodes.OK;
	}

	private Map<String, String> parameters() {
		Map<String, String> parameters = selection.parameters();
		Optional.ofNullable(testThreads).ifPresent(n -> parameters.put("solo.test-threads", String.valueOf(n)));
		Optional.ofNullable(retries).ifPresent(n -> parameters.put("solo.retries", String.valueOf(n)));
		Optional.ofNullable(maxFail).ifPresent(n -> parameters.put("solo.max-fail", n));
		if (failFast) {
			parameters.put("solo.fail-fast", "true");
		}
		if (noFailFast) {
			parameters.put("solo.fail-fast", "false");
			parameters.remove("solo.max-fail");
		}
		if (noCapture) {
			parameters.put("solo.no-capture", "true");
		}
		return parameters;
	}

	private boolean colorful() {
		return color == Color.ALWAYS || (color == Color.AUTO && System.console() != null
				&& System.getenv("NO_COLOR") == null);
	}

	private static TerminalReporter.OutputTiming timing(String option, String value) {
		try {
			return TerminalReporter.OutputTiming.valueOf(value.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException e) {
			throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(new RunCommand()),
					"invalid value '" + value + "' for " + option + ": expected immediate, final, immediate-final or never");
		}
	}
}
