package dev.solo.engine.record;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.apiguardian.api.API;

/**
 * The recorded runs of one workspace (PRODUCT.md, "Files on disk"): a folder per run under
 * {@code runs/}, and an index of their summaries guarded by a file lock, so that concurrent
 * runs (two Maven modules, a CLI run beside an IDE run) never corrupt it.
 * <pre>
 * &lt;cache&gt;/records/&lt;workspace name&gt;-&lt;hash of its canonical path&gt;/
 *   index.json   index.lock   last-pruned
 *   runs/&lt;run id&gt;/run.json   (the summary)   events.jsonl.zst   state.json
 * </pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RunStore {
	/** The store of the workspace whose canonical path is {@code workspaceRoot}, created owner-only. */
	public static RunStore forWorkspace(Path workspaceRoot) throws IOException {
		throw new UnsupportedOperationException("TODO");
	}

	/** A store in {@code folder} (tests). */
	public static RunStore at(Path folder) {
		throw new UnsupportedOperationException("TODO");
	}

	public Path folder() {
		throw new UnsupportedOperationException("TODO");
	}

	/** Where a run's files live. */
	public Path runFolder(UUID runId) {
		throw new UnsupportedOperationException("TODO");
	}

	/** Creates the run's folder (owner-only) with its {@code run.json}, and adds it to the index. */
	public Path create(RunSummary summary) throws IOException {
		throw new UnsupportedOperationException("TODO");
	}

	/** Replaces a run's summary, in its {@code run.json} and in the index. */
	public void update(RunSummary summary) throws IOException {
		throw new UnsupportedOperationException("TODO");
	}

	/** Sets an earlier run's {@code lastWritten}: a rerun of it was just recorded. */
	public void touch(UUID runId, Instant when) throws IOException {
		throw new UnsupportedOperationException("TODO");
	}

	/** Every recorded run, newest first. A damaged index is rebuilt from the runs' own files. */
	public List<RunSummary> runs() throws IOException {
		throw new UnsupportedOperationException("TODO");
	}

	/**
	 * The run {@code selector} names: {@code latest} (the newest run {@code usable} accepts), or
	 * a unique prefix of a run id.
	 */
	public RunSummary resolve(String selector, Predicate<RunSummary> usable) throws RecordException {
		throw new UnsupportedOperationException("TODO");
	}

	/** Removes the runs over {@code retention}'s limits, oldest written first; only lists them when {@code dryRun}. */
	public List<RunSummary> prune(Retention retention, Instant now, boolean dryRun) throws IOException {
		throw new UnsupportedOperationException("TODO");
	}

	/** Prunes once a day, or at once when a limit is exceeded by 1.5 times. */
	public void pruneIfDue(Retention retention, Instant now) throws IOException {
		throw new UnsupportedOperationException("TODO");
	}
}
