package dev.solo.launcher;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code solo run}: discovers like console-standalone and runs every test in its own JVM. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run tests, each in its own JVM.")
final class RunCommand implements Callable<Integer> {
	static final int EXIT_OK = 0;
	static final int EXIT_NO_TESTS = 4;
	static final int EXIT_TEST_FAILED = 100;

	@Option(names = { "-cp", "--class-path" }, split = "[:;]", description = "Test class path entries.")
	List<String> classPath = new ArrayList<>();

	@Option(names = "--scan-class-path", description = "Discover every test in the class path's folders and jars.")
	boolean scanClassPath;

	@Option(names = "--select-class", description = "Select a test class.")
	List<String> classes = new ArrayList<>();

	@Option(names = "--select-method", description = "Select a test method (com.example.FooTest#bar).")
	List<String> methods = new ArrayList<>();

	@Option(names = { "-j", "--test-threads" }, description = "Tests to run at once.")
	Integer testThreads;

	@Option(names = "--retries", description = "Retries for a failing test.")
	Integer retries;

	@Option(names = "--config", description = "A JUnit configuration parameter key=value.")
	Map<String, String> config = new LinkedHashMap<>();

	@Override
	public Integer call() throws MalformedURLException {
		List<URL> urls = new ArrayList<>();
		LinkedHashSet<Path> roots = new LinkedHashSet<>();
		for (String entry : classPath) {
			Path path = Paths.get(entry).toAbsolutePath();
			urls.add(path.toUri().toURL());
			roots.add(path);
		}
		ClassLoader previous = Thread.currentThread().getContextClassLoader();
		try (URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), RunCommand.class.getClassLoader())) {
			Thread.currentThread().setContextClassLoader(loader);
			List<DiscoverySelector> selectors = new ArrayList<>();
			if (scanClassPath) {
				selectors.addAll(selectClasspathRoots(roots.isEmpty() ? classPathRoots() : roots));
			}
			classes.forEach(c -> selectors.add(selectClass(c)));
			methods.forEach(m -> selectors.add(selectMethod(m)));
			Map<String, String> parameters = new LinkedHashMap<>(config);
			parameters.put("solo.enabled", "true");
			if (testThreads != null) {
				parameters.put("solo.test-threads", String.valueOf(testThreads));
			}
			if (retries != null) {
				parameters.put("solo.retries", String.valueOf(retries));
			}
			SummaryGeneratingListener summary = new SummaryGeneratingListener();
			try (LauncherSession session = LauncherFactory.openSession()) {
				Launcher launcher = session.getLauncher();
				launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectors)
						.configurationParameters(parameters).build(), summary);
			}
			TestExecutionSummary result = summary.getSummary();
			result.printTo(new java.io.PrintWriter(System.out, true));
			result.printFailuresTo(new java.io.PrintWriter(System.out, true), 20);
			if (result.getTestsFoundCount() == 0) {
				return EXIT_NO_TESTS;
			}
			return result.getTotalFailureCount() > 0 ? EXIT_TEST_FAILED : EXIT_OK;
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		finally {
			Thread.currentThread().setContextClassLoader(previous);
		}
	}

	private static java.util.Set<Path> classPathRoots() {
		java.util.Set<Path> roots = new LinkedHashSet<>();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			roots.add(Paths.get(entry));
		}
		return roots;
	}
}
