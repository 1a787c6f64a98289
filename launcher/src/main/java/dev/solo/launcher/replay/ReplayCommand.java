package dev.solo.launcher.replay;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.store.RunStore;
import dev.solo.engine.store.RunSummary;
import dev.solo.launcher.ExitCodes;
import dev.solo.launcher.html.History;
import dev.solo.launcher.html.HtmlExport;
import dev.solo.launcher.store.RecordedRunOptions;
import dev.solo.launcher.store.Workspace;
import dev.solo.launcher.terminal.OutputOptions;
import dev.solo.launcher.terminal.ReporterOptions;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.apiguardian.api.API;

/**
 * {@code solo replay}: a recorded run shown again as {@code solo run} showed it, or with other
 * reporter options, as {@code cargo nextest replay}. The reading and the showing are in
 * {@link ReplaySession}: picocli reads this class before the JUnit Platform may be loaded.
 */
@API(status = INTERNAL, since = "0.1")
@Command(name = "replay", mixinStandardHelpOptions = true,
		description = "Show a recorded run again, through a pager on a terminal ($SOLO_PAGER, else $PAGER, else less -FRX).",
		footer = { "", "Exit codes: 0 replayed (whatever the run's own outcome); 96 no such run or an ambiguous id"
				+ " prefix, or no store to read; 104 the record cannot be replayed (damaged before the run started);"
				+ " 110 --junit, --html or --artifacts could not be written." })
public final class ReplayCommand implements Callable<Integer> {
	@Mixin
	RecordedRunOptions recorded = new RecordedRunOptions();

	@Mixin
	ReporterOptions reporting = new ReporterOptions();

	@Mixin
	OutputOptions output = new OutputOptions();

	@Option(names = "--no-capture",
			description = "Show every test's output at once, as printed: --success-output immediate --failure-output"
					+ " immediate --no-output-indent.")
	boolean noCapture;

	@Option(names = "--no-pager", description = "Print to stdout even on a terminal.")
	boolean noPager;

	@Option(names = "--junit", paramLabel = "FILE",
			description = "Write the run as JUnit XML to FILE instead of showing it.")
	Path junit;

	@Option(names = "--html", paramLabel = "FILE",
			description = "Write the run's HTML report (timeline, failures, flaky and slow tests, history) to FILE"
					+ " instead of showing it; solo report html does the same.")
	Path html;

	@Option(names = "--artifacts", paramLabel = "DIR",
			description = "Extract the run's artifacts (heap dumps, Flight Recordings, what tests left in"
					+ " SOLO_ARTIFACT_DIR) to DIR/<test>/<attempt>/<file> instead of showing the run.")
	Path artifacts;

	@Override
	public Integer call() {
		if (noCapture) {
			output.asIfNotCaptured();
		}
		Optional<Workspace.Selected> selected = recorded.select(System.err);
		if (selected.isEmpty()) {
			return ExitCodes.SETUP_ERROR;
		}
		RunStore store = selected.get().store();
		RunSummary run = selected.get().run();
		if (html != null) {
			try {
				return HtmlExport.export(store, run, html, History.DEFAULT_RUNS, System.err);
			}
			catch (NoClassDefFoundError e) {
				return noPlatform();
			}
		}
		try {
			return ReplaySession.replay(store, run, reporting, output, Optional.ofNullable(junit),
					Optional.ofNullable(artifacts), !noPager);
		}
		catch (NoClassDefFoundError e) {
			return noPlatform();
		}
	}

	private static int noPlatform() {
		System.err.println("error: a recorded run is read with the JUnit Platform, which solo.jar does not"
				+ " bring: give its jars with -cp (junit-platform-engine and -commons, opentest4j)");
		return ExitCodes.SETUP_ERROR;
	}
}
