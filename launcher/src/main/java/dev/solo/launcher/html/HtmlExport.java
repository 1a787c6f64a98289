package dev.solo.launcher.html;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.record.RecordedRun;
import dev.solo.engine.store.RunStore;
import dev.solo.engine.store.RunSummary;
import dev.solo.launcher.ExitCodes;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.apiguardian.api.API;

/**
 * A recorded run's page written to a file, as {@code solo report html} and {@code solo replay
 * --html} write it: an exit code and the lines a person reads on stderr.
 */
@API(status = INTERNAL, since = "0.1")
public final class HtmlExport {
	private HtmlExport() {
	}

	/** Exit 0 written; 104 a record that cannot be replayed; 110 the file could not be written. */
	public static int export(RunStore store, RunSummary summary, Path file, int historyRuns, PrintStream err) {
		RecordedRun run = RecordedRun.read(store, summary);
		if (!run.replayable()) {
			err.println("error: run " + summary.runId() + " cannot be replayed: "
					+ run.problem().orElse("its record holds no run"));
			return ExitCodes.TEST_LIST_CREATION_FAILED;
		}
		Path target = file.toAbsolutePath();
		ReportModel model;
		try {
			model = RecordedReport.write(store, run, historyRuns, target);
		}
		catch (IOException | RuntimeException e) {
			err.println("error: failed to write the HTML report to " + target + ": " + e);
			return ExitCodes.WRITE_OUTPUT_ERROR;
		}
		run.problem().ifPresent(problem -> err.println("warning: " + problem));
		err.println("    HTML report of run " + summary.runId() + " (" + model.tests().size()
				+ (model.tests().size() == 1 ? " unit" : " units") + ") written to " + target);
		return ExitCodes.OK;
	}
}
