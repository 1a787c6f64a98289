package dev.solo.launcher.replay;

import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunStats;
import dev.solo.engine.record.RecordedRun;
import dev.solo.engine.record.StoredArtifacts;
import dev.solo.engine.store.RecordException;
import dev.solo.engine.store.RunStore;
import dev.solo.engine.store.RunSummary;
import dev.solo.launcher.ExitCodes;
import dev.solo.launcher.output.JUnitXmlReport;
import dev.solo.launcher.terminal.OutputOptions;
import dev.solo.launcher.terminal.ReporterOptions;
import dev.solo.launcher.terminal.Style;
import dev.solo.launcher.terminal.TerminalReporter;
import dev.solo.launcher.terminal.Tty;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The JUnit side of {@code solo replay}: the recorded events fed to the sinks a run feeds, the
 * terminal reporter or the JUnit XML report, as if the run were happening.
 */
final class ReplaySession {
	private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

	private ReplaySession() {
	}

	static int replay(RunStore store, RunSummary summary, ReporterOptions reporting, OutputOptions output,
			Optional<Path> junit, Optional<Path> artifacts, boolean page) {
		RecordedRun run = RecordedRun.read(store, summary);
		if (artifacts.isPresent()) {
			// What the record names, as far as it reads: a run cut short kept the artifacts of its finished attempts.
			return extract(store, run, artifacts.get().toAbsolutePath());
		}
		if (!run.replayable()) {
			System.err.println("error: run " + summary.runId() + " cannot be replayed: "
					+ run.problem().orElse("its record holds no run"));
			return ExitCodes.TEST_LIST_CREATION_FAILED;
		}
		if (junit.isPresent()) {
			return export(run, junit.get().toAbsolutePath());
		}
		Optional<Pager> pager = page && Tty.interactive()
				? Pager.command(System.getenv()).flatMap(Pager::start)
				: Optional.empty();
		PrintStream out = pager.map(Pager::out).orElse(System.out);
		try {
			header(out, summary, new Style(ReporterOptions.colours(reporting.color())));
			// The run's profile, so that its status-level settings in .config/solo.toml apply as they did.
			TerminalReporter reporter = reporting.replayReporter(out, Map.of("solo.profile", summary.profile()),
					output);
			run.events().forEach(reporter::on);
			run.problem().ifPresent(problem -> out.println("warning: " + problem));
			out.flush();
		}
		finally {
			pager.ifPresent(Pager::close);
		}
		return ExitCodes.OK;
	}

	/** The run's artifacts under {@code folder}, as {@code <test>/<attempt>/<file>}. */
	private static int extract(RunStore store, RecordedRun run, Path folder) {
		List<Path> written;
		try {
			written = StoredArtifacts.extract(store, run, folder);
		}
		catch (RecordException e) {
			System.err.println("error: " + e.getMessage());
			return ExitCodes.WRITE_OUTPUT_ERROR;
		}
		run.problem().ifPresent(problem -> System.err.println("warning: " + problem));
		if (written.isEmpty()) {
			System.err.println("    run " + run.summary().runId() + " kept no artifacts");
		}
		else {
			written.forEach(file -> System.out.println(file));
			System.err.println("    " + written.size() + (written.size() == 1 ? " artifact" : " artifacts") + " of run "
					+ run.summary().runId() + " extracted to " + folder);
		}
		return ExitCodes.OK;
	}

	/** nextest's header: which run, when it started, how it ended. */
	private static void header(PrintStream out, RunSummary summary, Style style) {
		out.println(gutter("Replaying", style) + " recorded run " + style.bold(summary.runId().toString()));
		out.println(gutter("Started", style) + " " + STARTED.format(summary.started().atZone(ZoneId.systemDefault()))
				+ " status: " + summary.status().name().toLowerCase(Locale.ROOT));
		out.println("────────────");
	}

	private static String gutter(String word, Style style) {
		return " ".repeat(Math.max(0, 12 - word.length())) + style.green(word);
	}

	/** The run as JUnit XML; a record that ends early ends its run there, its remaining tests not run. */
	private static int export(RecordedRun run, Path file) {
		// A shard's replay names its shard, as its run's report did, so that `report merge` takes it.
		JUnitXmlReport report = new JUnitXmlReport(file)
				.startedAt(LocalDateTime.ofInstant(run.summary().started(), ZoneId.systemDefault()))
				.partition(run.summary().partition());
		run.events().forEach(report::on);
		if (!report.written() && report.failure().isEmpty()) {
			report.on(new RunEvent.RunFinished(new RunStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Duration.ZERO), true));
		}
		if (report.failure().isPresent()) {
			System.err.println("error: failed to write JUnit XML to " + file + ": " + report.failure().get());
			return ExitCodes.WRITE_OUTPUT_ERROR;
		}
		run.problem().ifPresent(problem -> System.err.println("warning: " + problem));
		System.err.println("    JUnit XML written to " + file);
		return ExitCodes.OK;
	}
}
