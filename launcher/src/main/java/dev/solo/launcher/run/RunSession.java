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
import dev.solo.launcher.output.JUnitXmlReport;
import dev.solo.launcher.output.OpenTestReport;
import dev.solo.launcher.ExitCodes;
import dev.solo.launcher.project.Selection;
import dev.solo.launcher.project.PlatformSession;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apiguardian.api.API;

/**
 * The launcher side of {@code solo run}: one execution, its events to the reporter and the
 * reports (JUnit XML, Open Test Reporting), signals cancelling it while it lasts. Apart from the {@code run} command because picocli reads a command's method
 * signatures, lambdas included, before the JUnit Platform may be on the class path (help).
 */
@API(status = INTERNAL, since = "0.1")
public final class RunSession {
	private RunSession() {
	}

	/**
	 * {@link ExitCodes#OK} once run (the counts in {@code finished}, and in {@code notSeen} how many
	 * outstanding tests a rerun left out), or the exit code of an engine that failed.
	 */
	public static int run(Selection selection, Map<String, String> parameters, RunEventSink reporter,
			AtomicReference<RunStats> finished, AtomicReference<JUnitXmlReport> junit, AtomicInteger notSeen,
			SignalCancellation signals, OpenTestReport openTest) throws Exception {
		return PlatformSession.use(selection, parameters, (launcher, request, failures) -> {
			try {
				Settings settings = Settings.from(request.getConfigurationParameters());
				// As the engine reads it, so the report names the shard the engine ran; a bad spec is a setup error.
				Optional<String> partition = SkippedUnits.partition(settings, System.getenv()).map(Partition::spec);
				junit.set(new JUnitXmlReport(ReportLocation.junitPath(settings)).partition(partition));
				openTest.prepare(ReportLocation.reportFolder(settings), Thread.currentThread().getContextClassLoader(),
						System.err);
			}
			catch (SettingsException e) {
				failures.failed(e);
				return;
			}
			RunEventSink sink = event -> {
				reporter.on(event);
				junit.get().on(event);
				if (event instanceof RunEvent.RunStarted started) {
					started.rerun().ifPresent(rerun -> notSeen.set(rerun.notSeen().size()));
				}
				if (event instanceof RunEvent.RunFinished runFinished) {
					finished.set(runFinished.stats());
				}
			};
			try (AutoCloseable attached = SoloRunListeners.attach(sink); AutoCloseable handled = signals.install()) {
				launcher.execute(request, failures.executionListener());
			}
			openTest.collect(System.err);
		});
	}
}
