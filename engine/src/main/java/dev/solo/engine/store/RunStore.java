package dev.solo.engine.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.solo.engine.config.Retention;
import dev.solo.engine.files.OwnerOnlyFiles;
import dev.solo.engine.files.SoloCache;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.apiguardian.api.API;

/**
 * The recorded runs of one workspace (PRODUCT.md, "Files on disk"): a folder per run under
 * {@code runs/}, and an index of their summaries guarded by a file lock, so that concurrent
 * runs (two Maven modules, a CLI run beside an IDE run) never corrupt it.
 * <pre>
 * &lt;cache&gt;/records/&lt;workspace name&gt;-&lt;hash of its canonical path&gt;/
 *   index.json   index.lock   last-pruned
 *   runs/&lt;run id&gt;/run.json   (the summary)   events.jsonl.zst   state.json
 *   runs/&lt;run id&gt;/artifacts/&lt;test&gt;/&lt;attempt&gt;/&lt;file&gt;.zst   (what attempts left in SOLO_ARTIFACT_DIR)
 * </pre>
 * Folders are rwx------ and the store's files rw-------. A run folder's other files are the
 * recorder's: the store only counts them in its sizes and deletes them with their run.
 */
@API(status = EXPERIMENTAL, since = "0.1", consumers = "dev.solo.launcher")
public final class RunStore {
	private final Path folder;
	private final RunIndex index;
	private final StoreLock lock;

	private RunStore(Path folder) {
		this.folder = folder;
		this.index = new RunIndex(folder);
		this.lock = new StoreLock(folder);
	}

	/** The store of the workspace whose canonical path is {@code workspaceRoot}, created owner-only. */
	public static RunStore forWorkspace(Path workspaceRoot) throws IOException {
		Path store = StoreLocation.of(SoloCache.folder("records"), workspaceRoot);
		OwnerOnlyFiles.folder(store);
		return new RunStore(store);
	}

	/** A store in {@code folder} (tests). Created, owner-only, when first written. */
	public static RunStore at(Path folder) {
		return new RunStore(folder);
	}

	public Path folder() {
		return folder;
	}

	/** Where a run's files live. */
	public Path runFolder(UUID runId) {
		return index.runFolder(runId);
	}

	/** Creates the run's folder (owner-only) with its {@code run.json}, and adds it to the index. */
	public Path create(RunSummary summary) throws IOException {
		return lock.locked(() -> {
			List<RunSummary> runs = current();
			Path runFolder = runFolder(summary.runId());
			if (Files.exists(runFolder) || runs.stream().anyMatch(run -> run.runId().equals(summary.runId()))) {
				throw new FileAlreadyExistsException(runFolder.toString(), null, "run is already recorded");
			}
			OwnerOnlyFiles.folder(runFolder);
			index.writeRun(summary);
			List<RunSummary> more = new ArrayList<>(runs);
			more.add(summary);
			index.write(more);
			return runFolder;
		});
	}

	/** Replaces a run's summary, in its {@code run.json} and in the index. */
	public void update(RunSummary summary) throws IOException {
		change(summary.runId(), any -> summary);
	}

	/** Sets an earlier run's {@code lastWritten}: a rerun of it was just recorded. */
	public void touch(UUID runId, Instant when) throws IOException {
		change(runId, run -> new RunSummary(run.runId(), run.rerunOf(), run.soloVersion(), run.host(), run.command(),
				run.environment(), run.profile(), run.started(), when, run.status(), run.exitCode(), run.duration(),
				run.counts(), run.compressedBytes(), run.uncompressedBytes(), run.partition()));
	}

	/** Every recorded run, newest first. A damaged index is rebuilt from the runs' own files. */
	public List<RunSummary> runs() throws IOException {
		Optional<List<RunSummary>> indexed = index.read();
		if (indexed.isPresent()) {
			return indexed.get();
		}
		if (!Files.isDirectory(index.runsFolder())) {
			return List.of();
		}
		return lock.locked(this::current);
	}

	/**
	 * The run {@code selector} names: {@code latest} (the newest run {@code usable} accepts), or
	 * a unique prefix of a run id. A run named by its id is returned whether {@code usable}
	 * accepts it or not: the caller, who knows what it needs, says why it cannot be used.
	 */
	public RunSummary resolve(String selector, Predicate<RunSummary> usable) throws RecordException {
		List<RunSummary> runs;
		try {
			runs = runs();
		}
		catch (IOException e) {
			throw new RecordException("the record store " + folder + " cannot be read: " + e.getMessage(), e);
		}
		return RunSelector.select(runs, selector, usable);
	}

	/**
	 * Each run's shortest id prefix that no other of {@code runs} starts with, as the id is
	 * written: at least one character, so a listing that shows more (say 8) highlights these.
	 */
	public static Map<UUID, String> uniquePrefixes(List<RunSummary> runs) {
		return RunSelector.uniquePrefixes(runs);
	}

	/** What a run's folder takes on disk, its recorder's files included; 0 once it is gone. */
	public long sizeOnDisk(UUID runId) throws IOException {
		return StoreFiles.size(runFolder(runId));
	}

	/** Removes the runs over {@code retention}'s limits, oldest written first; only lists them when {@code dryRun}. */
	public List<RunSummary> prune(Retention retention, Instant now, boolean dryRun) throws IOException {
		return lock.locked(() -> {
			List<RunSummary> runs = current();
			List<RunSummary> pruned = Pruning.select(candidates(runs), retention, now);
			if (!dryRun && !pruned.isEmpty()) {
				Set<UUID> gone = pruned.stream().map(RunSummary::runId).collect(Collectors.toSet());
				// the index first: killed half way, a folder left behind is an orphan, not a run listed but missing
				index.write(runs.stream().filter(run -> !gone.contains(run.runId())).toList());
				for (UUID runId : gone) {
					StoreFiles.deleteTree(runFolder(runId));
				}
			}
			if (!dryRun) {
				removeOrphans(now);
			}
			return pruned;
		});
	}

	/**
	 * Prunes once a day, or at once when a limit is exceeded by 1.5 times. Whether it is due is
	 * judged from the index's sizes, without walking every run's folder at the end of every run;
	 * a folder that grew past its indexed size (a run killed while recording) waits for the day's
	 * pruning, which measures the folders.
	 */
	public void pruneIfDue(Retention retention, Instant now) throws IOException {
		lock.locked(() -> {
			if (Pruning.due(indexed(current()), retention, lastPruned(), now)) {
				prune(retention, now, false);
				OwnerOnlyFiles.writeAtomically(lastPrunedFile(), now.toString().getBytes(UTF_8));
			}
			return null;
		});
	}

	/** When this store was last pruned automatically, if it was and the file is readable. */
	Optional<Instant> lastPruned() throws IOException {
		try {
			return Optional.of(Instant.parse(Files.readString(lastPrunedFile(), UTF_8).strip()));
		}
		catch (NoSuchFileException | DateTimeParseException neverOrDamaged) {
			return Optional.empty();
		}
	}

	private Path lastPrunedFile() {
		return folder.resolve("last-pruned");
	}

	private void change(UUID runId, UnaryOperator<RunSummary> change) throws IOException {
		lock.locked(() -> {
			List<RunSummary> runs = new ArrayList<>(current());
			int at = -1;
			for (int i = 0; i < runs.size(); i++) {
				if (runs.get(i).runId().equals(runId)) {
					at = i;
				}
			}
			if (at < 0 || !Files.isDirectory(runFolder(runId))) {
				throw new NoSuchFileException(runFolder(runId).toString(), null, "run is not recorded (pruned?)");
			}
			RunSummary changed = change.apply(runs.get(at));
			index.writeRun(changed);
			runs.set(at, changed);
			index.write(runs);
			return null;
		});
	}

	/** The runs, the index rebuilt (and written) from the run folders if it is missing or damaged. Holding the lock. */
	private List<RunSummary> current() throws IOException {
		Optional<List<RunSummary>> indexed = index.read();
		if (indexed.isPresent()) {
			return indexed.get();
		}
		List<RunSummary> rebuilt = index.rebuild();
		if (Files.isDirectory(index.runsFolder())) {
			index.write(rebuilt);
		}
		return rebuilt;
	}

	private List<Pruning.Candidate> candidates(List<RunSummary> runs) throws IOException {
		List<Pruning.Candidate> candidates = new ArrayList<>();
		for (RunSummary run : runs) {
			Path runFolder = runFolder(run.runId());
			boolean present = Files.isDirectory(runFolder);
			long bytes = present ? StoreFiles.size(runFolder) : run.compressedBytes();
			Instant touched = present ? StoreFiles.lastModified(runFolder) : Instant.MIN;
			candidates.add(new Pruning.Candidate(run, bytes,
					touched.isAfter(run.lastWritten()) ? touched : run.lastWritten()));
		}
		return candidates;
	}

	/** The runs as the index sizes them, their folders not read. */
	private static List<Pruning.Candidate> indexed(List<RunSummary> runs) {
		return runs.stream().map(run -> new Pruning.Candidate(run, run.compressedBytes(), run.lastWritten())).toList();
	}

	/** Folders of runs the index does not hold (their creator died before indexing them), once an hour old. */
	private void removeOrphans(Instant now) throws IOException {
		Set<String> indexed = current().stream().map(run -> run.runId().toString()).collect(Collectors.toSet());
		for (Path runFolder : index.runFolders()) {
			if (!indexed.contains(runFolder.getFileName().toString())
					&& StoreFiles.lastModified(runFolder).isBefore(now.minus(Pruning.MAY_BE_RUNNING))) {
				StoreFiles.deleteTree(runFolder);
			}
		}
	}
}
