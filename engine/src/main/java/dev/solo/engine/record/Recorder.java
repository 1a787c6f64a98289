package dev.solo.engine.record;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.compress.Zstd;
import dev.solo.engine.config.Retention;
import dev.solo.engine.config.Settings;
import dev.solo.engine.config.UserConfig;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunEventSink;
import dev.solo.engine.events.RunStats;
import dev.solo.engine.events.TestTally;
import dev.solo.engine.files.OwnerOnlyFiles;
import dev.solo.engine.store.RerunState;
import dev.solo.engine.store.RunSelection;
import dev.solo.engine.store.RunStatus;
import dev.solo.engine.store.RunStore;
import dev.solo.engine.store.RunSummary;
import dev.solo.engine.store.StoreWorkspace;
import dev.solo.engine.store.TestCounts;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apiguardian.api.API;

/**
 * Records a run into the workspace's store as it happens: one more sink of the event stream.
 * The summary goes in first, marked incomplete, and each event is flushed as it is written, so
 * a host killed mid-run leaves a record that keeps every test finished before. Recording is a
 * convenience: a store that cannot be written costs the record, said once, never the run.
 */
@API(status = INTERNAL, since = "0.1")
public final class Recorder implements RunEventSink {
	/** The engine jar's own version; a build from its classes folder (Solo's own tests) has none. */
	static final String SOLO_VERSION = Optional.ofNullable(Recorder.class.getPackage().getImplementationVersion())
			.orElse("development");
	private static final int ZSTD_LEVEL = 3;

	private final RunStore store;
	private final Retention retention;
	private final Optional<RerunBase> base;
	private final PrintStream warnings;
	private final Map<String, String> environment;
	private final Optional<String> partition;
	private final RunSelection selection;
	private RerunState state;
	/** The store counts tests as the summary line does, not the units the scheduler counts. */
	private final TestTally tally = new TestTally();
	private RunSummary summary;
	private CountingOutput counted;
	private EventLogWriter log;
	private Instant started;
	private boolean failed;
	/** Whether the log, and so the artifacts, are zstd-compressed. */
	private boolean compressed;

	Recorder(RunStore store, Retention retention, Optional<RerunBase> base, Optional<String> partition,
			Map<String, String> environment, PrintStream warnings) {
		this(store, retention, base, partition, RunSelection.EVERYTHING, environment, warnings);
	}

	/** @param selection the run's own selection; a rerun keeps its base's, the chain's */
	Recorder(RunStore store, Retention retention, Optional<RerunBase> base, Optional<String> partition,
			RunSelection selection, Map<String, String> environment, PrintStream warnings) {
		this.store = store;
		this.selection = base.map(RerunBase::selection).orElse(selection);
		this.partition = partition;
		this.environment = environment;
		this.retention = retention;
		this.base = base;
		this.warnings = warnings;
		this.state = base.map(b -> b.state().copy()).orElseGet(RerunState::empty);
	}

	/**
	 * A recorder for a run with {@code settings}, unless the user turned recording off
	 * ({@code SOLO_RECORD=0}, {@code [record] enabled = false}) or the store cannot be opened (said on {@code warnings}).
	 *
	 * @param partition the shard this run is ({@code Partition.spec()}), if it is one
	 */
	public static Optional<Recorder> start(Settings settings, Optional<RerunBase> base, Optional<String> partition,
			Map<String, String> environment, PrintStream warnings) {
		UserConfig config;
		try {
			config = UserConfig.load(environment);
		}
		catch (RuntimeException e) {
			// SettingsException names the file and key; a record is never worth failing the run for.
			warnings.println("solo: warning: this run is not recorded: " + e.getMessage());
			return Optional.empty();
		}
		if (!config.recordEnabled()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Recorder(RunStore.forWorkspace(StoreWorkspace.of(settings)), config.retention(), base,
					partition, new RunSelection(settings.filter(), partition,
					settings.runIgnored() == Settings.RunIgnored.DEFAULT ? Optional.empty()
							: Optional.of(settings.runIgnored().name().toLowerCase(java.util.Locale.ROOT))),
					environment, warnings));
		}
		catch (IOException | RuntimeException e) {
			warnings.println("solo: warning: this run is not recorded: cannot open the store: " + e.getMessage());
			return Optional.empty();
		}
	}

	@Override
	public void on(RunEvent event) {
		// A child's entries come again, whole, with its attempt: the log keeps them once.
		if (failed || event instanceof RunEvent.ChildReported) {
			return;
		}
		try {
			if (event instanceof RunEvent.RunStarted runStarted) {
				open(runStarted);
			}
			if (log == null) {
				return;
			}
			if (event instanceof RunEvent.AttemptFinished finished && !finished.attempt().artifacts().isEmpty()) {
				keepArtifacts(finished);
			}
			log.write(event);
			state.apply(event);
			count(event);
			if (event instanceof RunEvent.RunFinished finished) {
				close(finished);
			}
		}
		catch (IOException | RuntimeException e) {
			failed = true;
			warnings.println("solo: warning: recording stopped" + (summary == null ? ""
					: " (run " + summary.runId() + " is kept up to here)") + ": " + e.getMessage());
			closeQuietly();
		}
	}

	private void open(RunEvent.RunStarted runStarted) throws IOException {
		started = Instant.now();
		summary = new RunSummary(runStarted.runId(), base.map(b -> b.run().runId()), SOLO_VERSION, RecordedHost.host(),
				RecordedHost.command(), RecordedHost.environment(environment), runStarted.profile(), started,
				started, RunStatus.INCOMPLETE, Optional.empty(), Optional.empty(), TestCounts.NONE, 0, 0, partition);
		Path folder = store.create(summary);
		selection.write(folder);
		compressed = Zstd.loadsQuietly();
		Path logFile = folder.resolve(compressed ? RecordedRun.LOG : RecordedRun.PLAIN_LOG);
		OwnerOnlyFiles.file(logFile);
		OutputStream file = Files.newOutputStream(logFile, StandardOpenOption.WRITE);
		OutputStream buffered = new BufferedOutputStream(file, 1 << 16);
		counted = new CountingOutput(compressed ? Zstd.compress(buffered, ZSTD_LEVEL) : buffered);
		log = new EventLogWriter(counted);
	}

	/** An artifact the store cannot take is still where the attempt left it: said, and the record goes on. */
	private void keepArtifacts(RunEvent.AttemptFinished finished) {
		try {
			StoredArtifacts.keep(store.runFolder(summary.runId()), finished.attempt().artifacts(), compressed);
		}
		catch (IOException | RuntimeException e) {
			warnings.println("solo: warning: the artifacts of " + finished.unit().name() + " attempt "
					+ finished.attempt().number() + " are not kept in the store (" + e.getMessage() + "); they stay in "
					+ finished.attempt().artifacts().get(0).path().getParent());
		}
	}

	private void close(RunEvent.RunFinished finished) throws IOException {
		log.close();
		log = null;
		Path folder = store.runFolder(summary.runId());
		state.write(folder);
		Instant now = Instant.now();
		RunStats stats = finished.stats();
		boolean outstanding = state.units().values().stream().anyMatch(e -> !e.passed());
		summary = new RunSummary(summary.runId(), summary.rerunOf(), summary.soloVersion(), summary.host(),
				summary.command(), summary.environment(), summary.profile(), summary.started(), now,
				finished.cancelled() ? RunStatus.CANCELLED : RunStatus.COMPLETED,
				Optional.of(ExitMeaning.of(stats, finished.cancelled(), summary.rerunOf().isPresent() && outstanding)),
				Optional.of(stats.elapsed()), counts(), store.sizeOnDisk(summary.runId()),
				counted.count + Files.size(folder.resolve(RerunState.FILE)), summary.partition());
		store.update(summary);
		if (summary.rerunOf().isPresent()) {
			store.touch(summary.rerunOf().get(), now);
		}
		store.pruneIfDue(retention, now);
	}

	private void count(RunEvent event) {
		if (event instanceof RunEvent.RunStarted started) {
			tally.runStarted(started.units(), started.skipped());
		}
		else if (event instanceof RunEvent.TestFinished finished) {
			tally.finished(finished);
		}
		else if (event instanceof RunEvent.TestNotRun notRun) {
			tally.notRun(notRun.unit(), notRun.reason());
		}
	}

	private TestCounts counts() {
		return new TestCounts(tally.passed(), tally.failed(), tally.flaky(), tally.skipped(), tally.notRun(),
				tally.leaky());
	}

	private void closeQuietly() {
		try {
			if (log != null) {
				log.close();
			}
		}
		catch (IOException ignored) {
			// the record stays as far as it got
		}
		log = null;
	}

	/** The id of the run being recorded, once it started. */
	public Optional<UUID> runId() {
		return Optional.ofNullable(summary).map(RunSummary::runId);
	}

	/** Counts the bytes written before compression: the log's uncompressed size. */
	private static final class CountingOutput extends FilterOutputStream {
		long count;

		CountingOutput(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			out.write(b);
			count++;
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out.write(bytes, offset, length);
			count += length;
		}
	}
}
