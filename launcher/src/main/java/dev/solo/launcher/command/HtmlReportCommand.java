package dev.solo.launcher.command;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.store.RunStore;
import dev.solo.engine.store.RunSummary;
import dev.solo.launcher.ExitCodes;
import dev.solo.launcher.html.History;
import dev.solo.launcher.html.HtmlExport;
import dev.solo.launcher.store.RecordedRunOptions;
import dev.solo.launcher.store.Workspace;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.apiguardian.api.API;

/**
 * {@code solo report html}: the page {@code solo run} writes, for any recorded run, those of
 * {@code mvn test} and IDEs included. The work is in {@link HtmlExport}: picocli reads this
 * class before the JUnit Platform may be loaded.
 */
@API(status = INTERNAL, since = "0.1")
@Command(name = "html", mixinStandardHelpOptions = true,
		description = "Write a recorded run's HTML report: the timeline of every test JVM on its slot, failures with"
				+ " their output, flaky, slow and skipped tests, per-class totals and each test's history.",
		footer = { "", "Exit codes: 0 written; 96 no such run or an ambiguous id prefix, or no store to read;"
				+ " 104 the record cannot be read (damaged before the run started); 110 FILE could not be written." })
public final class HtmlReportCommand implements Callable<Integer> {
	@Mixin
	RecordedRunOptions recorded = new RecordedRunOptions();

	@Option(names = { "-o", "--output" }, paramLabel = "FILE",
			description = "Where to write the page (default: target/solo/<the run's profile>/report.html).")
	Path output;

	@Option(names = "--history", paramLabel = "N", defaultValue = "" + History.DEFAULT_RUNS,
			description = "How many earlier runs of the store the history reads (default: ${DEFAULT-VALUE}; 0: none).")
	int history;

	@Override
	public Integer call() {
		Optional<Workspace.Selected> selected = recorded.select(System.err);
		if (selected.isEmpty()) {
			return ExitCodes.SETUP_ERROR;
		}
		RunStore store = selected.get().store();
		RunSummary run = selected.get().run();
		if (history < 0) {
			System.err.println("error: --history: " + history + " is not a number of runs (0 or more)");
			return ExitCodes.SETUP_ERROR;
		}
		Path file = output != null ? output
				: Path.of(System.getProperty("user.dir"), "target", "solo", run.profile(), "report.html");
		try {
			return HtmlExport.export(store, run, file, history, System.err);
		}
		catch (NoClassDefFoundError e) {
			System.err.println("error: a recorded run is read with the JUnit Platform, which solo.jar does not"
					+ " bring: give its jars with -cp (junit-platform-engine and -commons, opentest4j)");
			return ExitCodes.SETUP_ERROR;
		}
	}
}
