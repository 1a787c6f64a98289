package dev.solo.engine.record;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.solo.engine.compress.Zstd;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.store.RecordException;
import dev.solo.engine.store.RerunState;
import dev.solo.engine.store.RunStatus;
import dev.solo.engine.store.RunStore;
import dev.solo.engine.store.RunSummary;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * A recorded run read back: its summary and its events, rebuilt so that any sink (the terminal
 * reporter, the JUnit XML writer) renders them as it rendered the run. A damaged record is read
 * up to the damage and says what is wrong; reading never throws for what a file holds.
 */
@API(status = EXPERIMENTAL, since = "0.1", consumers = "dev.solo.launcher")
public final class RecordedRun {
	static final String LOG = "events.jsonl.zst";
	/** The same log uncompressed, where zstd would have made the host's JVM warn (see {@link Zstd#loadsQuietly()}). */
	static final String PLAIN_LOG = "events.jsonl";
	/** How far back a chain of reruns is followed to rebuild a state no run wrote down. */
	private static final int MAX_CHAIN = 64;

	private final RunSummary summary;
	private final List<RunEvent> events;
	private final List<Long> times;
	private final Optional<String> problem;
	private final long logCompressedBytes;
	private final long logUncompressedBytes;

	private RecordedRun(RunSummary summary, List<RunEvent> events, List<Long> times, Optional<String> problem,
			long compressed, long uncompressed) {
		this.summary = summary;
		this.events = List.copyOf(events);
		this.times = List.copyOf(times);
		this.problem = problem;
		this.logCompressedBytes = compressed;
		this.logUncompressedBytes = uncompressed;
	}

	/** Reads {@code run} from {@code store}. */
	public static RecordedRun read(RunStore store, RunSummary run) {
		Path log = logOf(store.runFolder(run.runId()));
		boolean plain = log.getFileName().toString().equals(PLAIN_LOG);
		String name = log.getFileName().toString();
		long compressed;
		try {
			compressed = Files.size(log);
		}
		catch (NoSuchFileException e) {
			return new RecordedRun(run, List.of(), List.of(), Optional.of(LOG + ": missing"), 0, 0);
		}
		catch (IOException e) {
			return new RecordedRun(run, List.of(), List.of(), Optional.of(name + ": " + e.getMessage()), 0, 0);
		}
		try (InputStream file = Files.newInputStream(log);
				Counting counted = new Counting(plain ? file : Zstd.decompress(file))) {
			EventLogReader.Result result = EventLogReader.read(counted);
			Optional<String> problem = result.damage().map(damage -> name + ": " + damage);
			if (problem.isEmpty() && run.status() != RunStatus.INCOMPLETE && !endsRun(result.events())) {
				problem = Optional.of(name + ": ends before the run did");
			}
			return new RecordedRun(run, result.events(), result.times(), problem, compressed, counted.count);
		}
		catch (IOException e) {
			return new RecordedRun(run, List.of(), List.of(), Optional.of(name + ": " + e.getMessage()), compressed, 0);
		}
	}

	/** A run folder's event log: compressed, or plain where the recorder could not compress quietly. */
	static Path logOf(Path runFolder) {
		Path plain = runFolder.resolve(PLAIN_LOG);
		return !Files.exists(runFolder.resolve(LOG)) && Files.exists(plain) ? plain : runFolder.resolve(LOG);
	}

	private static boolean endsRun(List<RunEvent> events) {
		return !events.isEmpty() && events.get(events.size() - 1) instanceof RunEvent.RunFinished;
	}

	public RunSummary summary() {
		return summary;
	}

	/** The events recorded, in order, up to the end or to the damage. */
	public List<RunEvent> events() {
		return events;
	}

	/**
	 * When each of {@link #events()} happened, in milliseconds from the run's start, in the same
	 * order; -1 for each event of a record an older Solo wrote, which kept no times.
	 */
	public List<Long> times() {
		return times;
	}

	/** What is wrong with the record, naming the file: {@code events.jsonl.zst: cut short after 12 events: …}. */
	public Optional<String> problem() {
		return problem;
	}

	/**
	 * Whether it can be replayed and rerun from: its run started, and nothing is wrong with it
	 * but the early end of a run whose host was killed (which keeps every test finished before).
	 */
	public boolean replayable() {
		if (events.isEmpty()) {
			return false;
		}
		return problem.isEmpty() || summary.status() == RunStatus.INCOMPLETE;
	}

	/** The event log's size on disk. */
	public long logCompressedBytes() {
		return logCompressedBytes;
	}

	/** The event log's size decompressed, as far as it reads. */
	public long logUncompressedBytes() {
		return logUncompressedBytes;
	}

	/** Whether {@code run} can be a rerun's base: {@code -R latest} passes over damaged records. */
	static boolean usableAsBase(RunStore store, RunSummary run) {
		if (run.status() != RunStatus.INCOMPLETE && RerunState.read(store.runFolder(run.runId())).isPresent()) {
			return true;
		}
		return read(store, run).replayable();
	}

	/** Where the chain stood after {@code run}: as it wrote down, else rebuilt from its log and its base's. */
	static RerunState stateOf(RunStore store, RunSummary run) throws RecordException {
		return stateOf(store, run, 0);
	}

	private static RerunState stateOf(RunStore store, RunSummary run, int depth) throws RecordException {
		Optional<RerunState> written = RerunState.read(store.runFolder(run.runId()));
		if (written.isPresent()) {
			return written.get();
		}
		RecordedRun recorded = read(store, run);
		if (!recorded.replayable()) {
			throw new RecordException("run " + run.runId() + " is damaged (" + recorded.problem().orElse("unreadable") + ")");
		}
		RerunState state = RerunState.empty();
		if (run.rerunOf().isPresent() && depth < MAX_CHAIN) {
			Optional<RunSummary> base;
			try {
				base = store.runs().stream().filter(r -> r.runId().equals(run.rerunOf().get())).findFirst();
			}
			catch (IOException e) {
				throw new RecordException("cannot read the store's index: " + e.getMessage(), e);
			}
			if (base.isPresent()) {
				state = stateOf(store, base.get(), depth + 1).copy();
			}
		}
		for (RunEvent event : recorded.events()) {
			state.apply(event);
		}
		return state;
	}

	/** Counts what the decompressor hands out. */
	private static final class Counting extends FilterInputStream {
		long count;

		Counting(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count += n;
			}
			return n;
		}
	}
}
