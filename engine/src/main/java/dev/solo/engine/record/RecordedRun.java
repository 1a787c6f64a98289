package dev.solo.engine.record;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.solo.engine.events.RunEvent;

import java.util.List;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * A recorded run read back: its summary and its events, rebuilt so that any sink (the terminal
 * reporter, the JUnit XML writer) renders them as it rendered the run. A damaged record is read
 * up to the damage and says what is wrong; reading never throws for what a file holds.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RecordedRun {
	/** Reads {@code run} from {@code store}. */
	public static RecordedRun read(RunStore store, RunSummary run) {
		throw new UnsupportedOperationException("TODO");
	}

	public RunSummary summary() {
		throw new UnsupportedOperationException("TODO");
	}

	/** The events recorded, in order, up to the end or to the damage. */
	public List<RunEvent> events() {
		throw new UnsupportedOperationException("TODO");
	}

	/** What is wrong with the record, naming the file: {@code events.jsonl.zst: truncated after 12 events}. */
	public Optional<String> problem() {
		throw new UnsupportedOperationException("TODO");
	}

	/** Whether it can be replayed and rerun from: its run started, and nothing is wrong but an early end. */
	public boolean replayable() {
		throw new UnsupportedOperationException("TODO");
	}

	/** The event log's size on disk, and decompressed; and how many events it holds. */
	public long logCompressedBytes() {
		throw new UnsupportedOperationException("TODO");
	}

	public long logUncompressedBytes() {
		throw new UnsupportedOperationException("TODO");
	}
}
