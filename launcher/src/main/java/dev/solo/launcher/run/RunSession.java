package dev.solo.launcher.run;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.SoloRunListeners;
import dev.solo.engine.config.Settings;
import dev.solo.engine.config.SettingsException;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunEventSink;
import dev.solo.engine.events.RunStats;
import dev.solo.engine.partition.Partition;
import dev.solo.engine.policy.SkippedUnits;
import dev.solo.engine.store.RunStore;
import dev.solo.engine.store.StoreWorkspace;
import dev.solo.launcher.html.History;
import dev.solo.launcher.html.HtmlReport;
import dev.solo.launcher.html.ReportModel;
import dev.solo.launcher.output.JUnitXmlReport;
import dev.solo.launcher.output.OpenTestReport;
import dev.solo.launcher.project.PlatformSession;
import dev.solo.launcher.project.Selection;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

import org.apiguardian.api.API;

/**
 * The launcher side of {@code solo run}: one execution, its events to the reporter and the
 * reports (JUnit XML, Open Test Reporting, report.html), signals cancelling it while it lasts. Apart from the {@code run} command because picocli reads a command's method
 * signatures, lambdas included, before the JUnit Platform may be on the class path (help).
 */
@API(status = INTERNAL, since = "0.1")
public final class RunSession {
	private RunSession() {
	}

	/**
	 * Runs the selection once: what the command needs of the run to decide its exit code.
	 *
	 * @param statusOut prints a status dump (SIGUSR1) where the reporter's screen allows
	 */
	public static RunResult run(Selection selection, Map<String, String> parameters, RunEventSink reporter,
			ReportLocation reports, SignalCancellation signals, Consumer<String> statusOut, OpenTestReport openTest)
			throws Exception {
		try (SoloRunListeners listeners = SoloRunListeners.forOneRun()) {
			Map<String, String> named = new LinkedHashMap<>(parameters);
			named.put(listeners.parameter().getKey(), listeners.parameter().getValue());
			return run(selection, named, listeners, reporter, reports, signals, statusOut, openTest);
		}
	}

	private static RunResult run(Selection selection, Map<String, String> parameters, SoloRunListeners listeners,
			RunEventSink reporter, ReportLocation reports, SignalCancellation signals, Consumer<String> statusOut,
			OpenTestReport openTest) throws Exception {
		Collected collected = new Collected();
		int engineExitCode = PlatformSession.use(selection, parameters, (launcher, request, failures) -> {
			try {
				Settings settings = Settings.from(request.getConfigurationParameters());
				// As the engine reads it, so the report names the shard the engine ran; a bad spec is a setup error.
				Optional<String> partition = SkippedUnits.partition(settings, System.getenv()).map(Partition::spec);
				collected.junit = new JUnitXmlReport(reports.junitPath(settings)).partition(partition);
				collected.html = new HtmlReport(reports.htmlPath(settings), model -> history(settings, model));
				openTest.prepare(reports.reportFolder(settings), Thread.currentThread().getContextClassLoader(),
						System.err);
			}
			catch (SettingsException e) {
				failures.failed(e);
				return;
			}
			JUnitXmlReport junit = collected.junit;
			HtmlReport html = collected.html;
			RunEventSink sink = event -> {
				reporter.on(event);
				junit.on(event);
				html.on(event);
				if (event instanceof RunEvent.RunStarted started) {
					started.rerun().ifPresent(rerun -> collected.rerunLeftOut = OptionalInt.of(rerun.notSeen().size()));
				}
				if (event instanceof RunEvent.RunFinished runFinished) {
					collected.stats = runFinished.stats();
				}
			};
			try (AutoCloseable attached = listeners.attach(sink); AutoCloseable handled = signals.install(listeners);
					AutoCloseable status = StatusSignal.install(statusOut)) {
				launcher.execute(request, failures.executionListener());
			}
			openTest.collect(System.err);
		});
		return new RunResult(engineExitCode, Optional.ofNullable(collected.stats), Optional.ofNullable(collected.junit),
				Optional.ofNullable(collected.html), collected.rerunLeftOut);
	}

	/** The store's history of a run's tests, where the workspace has a store; a page without it otherwise. */
	private static History history(Settings settings, ReportModel model) {
		try {
			return History.before(RunStore.forWorkspace(StoreWorkspace.of(settings)), model, History.DEFAULT_RUNS);
		}
		catch (IOException | RuntimeException e) {
			return History.NONE;
		}
	}

	/** What the run's events said, as they said it: they come on the engine's threads. */
	private static final class Collected {
		volatile RunStats stats;
		volatile JUnitXmlReport junit;
		volatile HtmlReport html;
		volatile OptionalInt rerunLeftOut = OptionalInt.empty();
	}
}
