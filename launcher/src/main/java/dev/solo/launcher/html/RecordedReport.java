package dev.solo.launcher.html;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.record.RecordedRun;
import dev.solo.engine.store.RunStore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apiguardian.api.API;

/**
 * The page of a recorded run ({@code solo report html}, {@code solo replay --html}): its events
 * as the record timed them, its history from the same store. A record cut short shows what it
 * holds, its remaining tests not run.
 */
@API(status = INTERNAL, since = "0.1")
public final class RecordedReport {
	private RecordedReport() {
	}

	/** The model of {@code run}, as its live report would have shown it. */
	public static ReportModel model(RecordedRun run) {
		RunTimeline timeline = new RunTimeline(run.summary().started().toEpochMilli());
		List<Long> times = run.times();
		for (int i = 0; i < run.events().size(); i++) {
			timeline.on(run.events().get(i), i < times.size() ? times.get(i) : -1);
		}
		return timeline.model();
	}

	/** Writes {@code run}'s page to {@code file}, with the history of its tests over {@code historyRuns} earlier runs. */
	public static ReportModel write(RunStore store, RecordedRun run, int historyRuns, Path file) throws IOException {
		ReportModel model = model(run);
		HtmlPage.write(model, History.before(store, model, historyRuns), file);
		return model;
	}

	/** The unit ids of a model's tests: what a history is read for. */
	public static Set<String> ids(ReportModel model) {
		return model.tests().stream().map(ReportModel.Test::id).collect(Collectors.toSet());
	}
}
