package dev.solo.launcher.html;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunEventSink;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import org.apiguardian.api.API;

/**
 * {@code solo run}'s {@code report.html}, written once at {@code RunFinished} beside its JUnit
 * XML. Times the events as they come, on the clock the recorder's {@code at-ms} uses, so that a
 * run's page and its replay's are the same page. A failure to write is kept for the command to
 * report, as {@code JUnitXmlReport} keeps its own.
 */
@API(status = INTERNAL, since = "0.1")
public final class HtmlReport implements RunEventSink {
	private final Path file;
	private final Function<ReportModel, History> history;
	private RunTimeline timeline;
	private long startNanos;
	private Exception failure;
	private boolean written;

	/** @param history the store's history of a finished run's tests, read when the page is written */
	public HtmlReport(Path file, Function<ReportModel, History> history) {
		this.file = file;
		this.history = history;
	}

	public Path file() {
		return file;
	}

	/** Whether the report was written; false before the run ended, or when writing failed. */
	public boolean written() {
		return written;
	}

	/** Why the report could not be written, if it could not. */
	public Optional<Exception> failure() {
		return Optional.ofNullable(failure);
	}

	@Override
	public synchronized void on(RunEvent event) {
		if (event instanceof RunEvent.ChildReported) {
			return;
		}
		if (event instanceof RunEvent.RunStarted) {
			startNanos = System.nanoTime();
			timeline = new RunTimeline(System.currentTimeMillis());
		}
		if (timeline == null) {
			return;
		}
		timeline.on(event, (System.nanoTime() - startNanos) / 1_000_000);
		if (event instanceof RunEvent.RunFinished) {
			write();
		}
	}

	private void write() {
		try {
			ReportModel model = timeline.model();
			HtmlPage.write(model, history.apply(model), file);
			written = true;
		}
		catch (Exception e) {
			failure = e;
		}
	}
}
