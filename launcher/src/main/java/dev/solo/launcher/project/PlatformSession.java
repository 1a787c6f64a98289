package dev.solo.launcher.project;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.config.SettingsException;
import dev.solo.engine.scripts.SetupScriptFailedException;

import dev.solo.engine.module.ModuleSelector;
import dev.solo.launcher.ExitCodes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.platform.commons.JUnitException;
import org.junit.platform.engine.DiscoveryFilter;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.EngineDiscoveryResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import org.apiguardian.api.API;

/**
 * The Platform as {@code run} and {@code list} both use it: the test class path in a class
 * loader of its own (the thread's context loader while the work lasts), one launcher session,
 * one discovery request, and an engine that fails as a whole turned into nextest's exit code.
 */
@API(status = INTERNAL, since = "0.1")
public final class PlatformSession {
	/** What a command does with the launcher; it reports an engine that fails through {@code failures}. */
	@FunctionalInterface
	public interface Work {
		void run(Launcher launcher, LauncherDiscoveryRequest request, EngineFailures failures) throws Exception;
	}

	private PlatformSession() {
	}

	/** Runs {@code work}: {@link ExitCodes#OK}, or the exit code of an engine that failed, its error printed. */
	public static int use(Selection selection, Map<String, String> parameters, Work work) throws Exception {
		return use(selection, parameters, List.of(), work);
	}

	/** As {@link #use(Selection, Map, Work)}, with post-discovery filters added to the request. */
	public static int use(Selection selection, Map<String, String> parameters, List<PostDiscoveryFilter> filters,
			Work work) throws Exception {
		EngineFailures failures = new EngineFailures();
		selection.modules().skipped().forEach(m -> System.err.println("    note: module " + m + ": its tests do not run"));
		List<ModuleSelector> modules = selection.modules().of(selection);
		if (modules.isEmpty()) {
			return selection.whenEmpty("run");
		}
		// One request for every module, so that one Solo engine plans them all: one schedule.
		// The command's own filters first: the launcher stops at the first filter that excludes a
		// descriptor, and a tag filter excludes the untagged Solo root that list must still see.
		List<PostDiscoveryFilter> postFilters = new ArrayList<>(filters);
		postFilters.addAll(selection.tagFilters());
		Map<String, String> fromFiles;
		try {
			fromFiles = ModuleProperties.soloSettings(modules, parameters.keySet());
		}
		catch (SettingsException e) {
			failures.failed(e);
			return failures.exitCode();
		}
		LauncherDiscoveryRequestBuilder builder = LauncherDiscoveryRequestBuilder.request()
				.selectors(modules)
				// The files first: the command line's parameters overwrite theirs.
				.configurationParameters(fromFiles)
				.configurationParameters(parameters)
				.filters(selection.classNameFilters().toArray(new DiscoveryFilter<?>[0]))
				.filters(postFilters.toArray(new PostDiscoveryFilter[0]));
		try (LauncherSession session = LauncherFactory.openSession()) {
			work.run(session.getLauncher(), builder.listeners(failures.discoveryListener()).build(), failures);
		}
		catch (JUnitException e) {
			// The Platform aborts on an engine that fails discovery: a bad setting, or an engine
			// that cannot read the tests. Either way no test may go missing quietly.
			failures.failed(e);
		}
		return failures.exitCode();
	}

	/** The first engine that failed as a whole: a bad setting, an engine that cannot discover, no way to start JVMs. */
	public static final class EngineFailures {
		private final AtomicReference<Throwable> failure = new AtomicReference<>();

		public void failed(Throwable cause) {
			failure.compareAndSet(null, settingsProblem(cause));
		}

		/** Notices an engine that failed while running: its tests, if it found any, are not in the run. */
		public TestExecutionListener executionListener() {
			return new TestExecutionListener() {
				@Override
				public void executionFinished(TestIdentifier id, TestExecutionResult result) {
					if (id.getParentId().isEmpty() && result.getStatus() == TestExecutionResult.Status.FAILED) {
						failed(result.getThrowable()
								.orElse(new IllegalStateException("engine " + id.getUniqueId() + " failed")));
					}
				}
			};
		}

		/** Notices an engine that failed discovery when only discovering: {@code list} runs nothing to report it. */
		LauncherDiscoveryListener discoveryListener() {
			return new LauncherDiscoveryListener() {
				@Override
				public void engineDiscoveryFinished(UniqueId engineId, EngineDiscoveryResult result) {
					if (result.getStatus() == EngineDiscoveryResult.Status.FAILED) {
						// Worded as the Platform words it when it runs the failed engine, so both commands say the same.
						failed(new JUnitException("TestEngine with ID '" + engineId.getEngineId().orElse("?")
								+ "' failed to discover tests", result.getThrowable().orElse(null)));
					}
				}
			};
		}

		public boolean any() {
			return failure.get() != null;
		}

		/** {@link ExitCodes#OK}, or the failure's exit code after its error line on stderr. */
		int exitCode() {
			Throwable cause = failure.get();
			if (cause == null) {
				return ExitCodes.OK;
			}
			if (cause instanceof SettingsException) {
				System.err.println("error: " + cause.getMessage());
				return ExitCodes.SETUP_ERROR;
			}
			if (cause instanceof SetupScriptFailedException) {
				// its output was shown with its SETUP line: the first line says which and why
				System.err.println("error: " + cause.getMessage().lines().findFirst().orElse(""));
				return ExitCodes.SETUP_SCRIPT_FAILED;
			}
			System.err.println("error: " + describe(cause));
			return ExitCodes.TEST_LIST_CREATION_FAILED;
		}

		/** One line: the engine's failure and, when the Platform wrapped it, the cause. */
		private static String describe(Throwable failure) {
			StringBuilder line = new StringBuilder(String.valueOf(failure.getMessage()));
			for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
				line.append(": ").append(cause);
			}
			return line.toString();
		}

		/** A bad setting fails discovery, which the Platform wraps ("failed to discover tests"); the setting says more. */
		private static Throwable settingsProblem(Throwable failure) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof SettingsException) {
					return cause;
				}
			}
			return failure;
		}
	}
}
