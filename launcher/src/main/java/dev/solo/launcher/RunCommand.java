package dev.solo.launcher;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import dev.solo.engine.SoloRunListeners;
import dev.solo.engine.config.SettingsException;
import dev.solo.engine.events.RunStats;
import dev.solo.engine.filter.FiltersetException;
import dev.solo.launcher.terminal.TerminalReporter;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.platform.commons.JUnitException;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code solo run}: discovers like console-standalone and runs every test in its own JVM. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run tests, each in its own JVM.")
final class RunCommand implements Callable<Integer> {
	enum Color { AUTO, ALWAYS, NEVER }

	@Option(names = { "-cp", "--class-path", "--classpath" }, split = "[:;]", paramLabel = "PATH",
			description = "Test class path entries (folders and jars).")
	List<String> classPath = new ArrayList<>();

	@Option(names = "--scan-class-path", description = "Discover every test in the class path's folders and jars.")
	boolean scanClassPath;

	@Option(names = "--select-class", paramLabel = "CLASS", description = "Select a test class.")
	List<String> classes = new ArrayList<>();

	@Option(names = "--select-method", paramLabel = "METHOD", description = "Select a method: com.example.FooTest#bar.")
	List<String> methods = new ArrayList<>();

	@Option(names = "--select-package", paramLabel = "PACKAGE", description = "Select a package.")
	List<String> packages = new ArrayList<>();

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

	@Option(names = { "-P", "--profile" }, paramLabel = "NAME", description = "Configuration profile.")
	String profile;

	@Option(names = "--no-capture", description = "Show output live and run one test at a time.")
	boolean noCapture;

	@Option(names = "--failure-output", paramLabel = "WHEN", description = "immediate, final, immediate-final, never.")
	String failureOutput = "immediate";

	@Option(names = "--success-output", paramLabel = "WHEN", description = "immediate, final, immediate-final, never.")
	String successOutput = "never";

	@Option(names = "--color", paramLabel = "WHEN", description = "auto, always, never.")
	Color color = Color.AUTO;

	@Option(names = "--config", paramLabel = "KEY=VALUE", description = "A JUnit configuration parameter.")
	Map<String, String> config = new LinkedHashMap<>();

	@Option(names = { "-E", "--filterset" }, paramLabel = "EXPR",
			description = "Run the tests this filterset matches (repeatable; a test matching any runs).")
	List<String> filtersets = new ArrayList<>();

	@Parameters(paramLabel = "FILTER", description = "Run the tests whose name contains one of these.")
	List<String> nameFilters = new ArrayList<>();

	@Option(names = "--partition", paramLabel = "KIND:M/N", description = "Run one shard: hash:m/n, count:m/n or slice:m/n.")
	String partition;

	@Option(names = "--run-ignored", paramLabel = "WHICH", description = "default, only (just @Disabled tests) or all.")
	String runIgnored;

	@Option(names = "--no-tests", paramLabel = "WHAT", description = "When no test is to run: fail (exit 4), warn or pass.")
	NoTests noTests = NoTests.FAIL;

	enum NoTests { FAIL, WARN, PASS }

	@Override
	public Integer call() throws Exception {
		List<URL> urls = new ArrayList<>();
		Set<Path> roots = new LinkedHashSet<>();
		for (String entry : classPath) {
			Path path = Paths.get(entry).toAbsolutePath();
			urls.add(path.toUri().toURL());
			roots.add(path);
		}
		Map<String, String> parameters = parameters();
		try {
			CliFilter.expression(nameFilters, filtersets).ifPresent(f -> parameters.put("solo.filter", f));
		}
		catch (FiltersetException e) {
			System.err.println("error: -E: " + e.getMessage());
			return ExitCodes.INVALID_FILTERSET;
		}
		TerminalReporter reporter = new TerminalReporter(System.out, colorful(),
				timing("--failure-output", failureOutput), timing("--success-output", successOutput));
		AtomicReference<Throwable> engineFailure = new AtomicReference<>();
		ClassLoader previous = Thread.currentThread().getContextClassLoader();
		try (URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), RunCommand.class.getClassLoader());
				AutoCloseable attached = SoloRunListeners.attach(reporter);
				LauncherSession session = LauncherFactory.openSession()) {
			Thread.currentThread().setContextClassLoader(loader);
			session.getLauncher().execute(LauncherDiscoveryRequestBuilder.request()
					.selectors(selectors(roots))
					.configurationParameters(parameters)
					.build(), new EngineFailureListener(engineFailure));
		}
		catch (JUnitException e) {
			// The Platform aborts the run on an engine that fails discovery: a bad setting, or
			// an engine that cannot read the tests. Either way no test may go missing quietly.
			engineFailure.set(EngineFailureListener.settingsProblem(e));
		}
		finally {
			Thread.currentThread().setContextClassLoader(previous);
		}
		if (engineFailure.get() != null) {
			Throwable failure = engineFailure.get();
			if (failure instanceof SettingsException) {
				System.err.println("error: " + failure.getMessage());
				return ExitCodes.SETUP_ERROR;
			}
			System.err.println("error: " + EngineFailureListener.describe(failure));
			return ExitCodes.TEST_LIST_CREATION_FAILED;
		}
		RunStats stats = reporter.stats();
		if (stats == null || stats.initialCount() == 0) {
			switch (noTests) {
				case FAIL -> {
					System.err.println("error: no tests to run");
					return ExitCodes.NO_TESTS_RUN;
				}
				case WARN -> System.err.println("warning: no tests to run");
				case PASS -> { }
			}
			return ExitCodes.OK;
		}
		if (stats.failed() > 0) {
			return ExitCodes.TEST_RUN_FAILED;
		}
		return stats.notRun() > 0 ? ExitCodes.INCOMPLETE_RUN : ExitCodes.OK;
	}

	private Map<String, String> parameters() {
		Map<String, String> parameters = new LinkedHashMap<>(config);
		parameters.put("solo.enabled", "true");
		parameters.put("solo.host-output", "false");
		Optional.ofNullable(testThreads).ifPresent(n -> parameters.put("solo.test-threads", String.valueOf(n)));
		Optional.ofNullable(retries).ifPresent(n -> parameters.put("solo.retries", String.valueOf(n)));
		Optional.ofNullable(maxFail).ifPresent(n -> parameters.put("solo.max-fail", n));
		Optional.ofNullable(profile).ifPresent(p -> parameters.put("solo.profile", p));
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
		Optional.ofNullable(partition).ifPresent(p -> parameters.put("solo.partition", p));
		Optional.ofNullable(runIgnored).ifPresent(r -> parameters.put("solo.run-ignored", r));
		return parameters;
	}

	private List<DiscoverySelector> selectors(Set<Path> roots) {
		List<DiscoverySelector> selectors = new ArrayList<>();
		if (scanClassPath) {
			Set<Path> scanned = roots;
			if (scanned.isEmpty()) {
				scanned = new LinkedHashSet<>();
				for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
					scanned.add(Paths.get(entry));
				}
			}
			selectors.addAll(selectClasspathRoots(scanned));
		}
		classes.forEach(c -> selectors.add(selectClass(c)));
		methods.forEach(m -> selectors.add(selectMethod(m)));
		packages.forEach(p -> selectors.add(selectPackage(p)));
		return selectors;
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

	/** Notices a Solo engine that failed as a whole: a bad setting, or no way to start JVMs. */
	private static final class EngineFailureListener implements TestExecutionListener {
		private final AtomicReference<Throwable> failure;

		EngineFailureListener(AtomicReference<Throwable> failure) {
			this.failure = failure;
		}

		@Override
		public void executionFinished(TestIdentifier id, TestExecutionResult result) {
			if (id.getParentId().isEmpty() && result.getStatus() == TestExecutionResult.Status.FAILED) {
				// An engine failed as a whole: its tests, if it found any, are not in the run.
				failure.compareAndSet(null, result.getThrowable().map(EngineFailureListener::settingsProblem)
						.orElse(new IllegalStateException("engine " + id.getUniqueId() + " failed")));
			}
		}

		/** One line: the engine's failure and, when the Platform wrapped it, the cause. */
		static String describe(Throwable failure) {
			StringBuilder line = new StringBuilder(String.valueOf(failure.getMessage()));
			for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
				line.append(": ").append(cause);
			}
			return line.toString();
		}

		/** A bad setting fails discovery, which the Platform wraps ("failed to discover tests"); the setting says more. */
		static Throwable settingsProblem(Throwable failure) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof SettingsException) {
					return cause;
				}
			}
			return failure;
		}
	}
}
