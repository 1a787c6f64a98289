package dev.solo.engine.store;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.config.Settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apiguardian.api.API;

/**
 * How long each unit took when last recorded, from the workspace's most recent runs, newest
 * first: what longest-first scheduling and duration partitions read. Only the runs' small
 * state files are read, never their event logs.
 *
 * <p>A duration partition reads a narrower history ({@link #known(Settings)}): shards run one
 * after another on one machine must all compute the same split, so no shard's own record may
 * change what its siblings read. Runs that were a shard are left out, and so are reruns: a
 * rerun's state starts as a copy of its base's, so a rerun of a shard would pass that shard's
 * durations on, and what it adds is mostly the durations of failures.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class RecordedDurations {
	/** Enough runs to cover a suite run in parts (modules, shards, reruns), few enough to read at once. */
	private static final int RUNS_READ = 20;

	private RecordedDurations() {
	}

	/**
	 * Durations in ms by Solo unique id, of {@code ids} (what a run asks about: the runs read stop
	 * once each is known, so that a run of one test from an IDE reads one state file, not the
	 * last 20 runs of the whole suite); nothing known when recording is off or the store unreadable.
	 */
	public static Function<String, OptionalLong> of(Settings settings, Collection<String> ids) {
		Map<String, Long> known = new HashMap<>();
		try {
			known = of(RunStore.forWorkspace(StoreWorkspace.of(settings)), Set.copyOf(ids));
		}
		catch (IOException | RuntimeException e) {
			// ordering is an optimisation: without history the run goes in discovery order
		}
		Map<String, Long> durations = known;
		return id -> durations.containsKey(id) ? OptionalLong.of(durations.get(id)) : OptionalLong.empty();
	}

	/**
	 * What a duration partition learns from the workspace's store: each unit's last duration in ms
	 * by Solo unique id, from the newest runs that were neither a shard nor a rerun; empty when
	 * the store cannot be read. Sorted by id, as {@link #write} writes it.
	 */
	public static Map<String, Long> known(Settings settings) {
		try {
			return known(RunStore.forWorkspace(StoreWorkspace.of(settings)));
		}
		catch (IOException | RuntimeException e) {
			// without history a duration partition places every test by its hash, as on a first run
			return new TreeMap<>();
		}
	}

	/** The newest duration of each of {@code ids} the store knows. */
	static Map<String, Long> of(RunStore store, Set<String> ids) throws IOException {
		return read(store, run -> true, ids);
	}

	static Map<String, Long> all(RunStore store) throws IOException {
		return read(store, run -> true, null);
	}

	public static Map<String, Long> known(RunStore store) throws IOException {
		return new TreeMap<>(read(store, run -> run.partition().isEmpty() && run.rerunOf().isEmpty(), null));
	}

	/** Writes {@code durations} (ms by unit id) as a durations file: {@code {"format":1,"durations":{...}}}. */
	public static void write(Map<String, Long> durations, Path file) throws IOException {
		DurationsFile.write(durations, file);
	}

	/**
	 * The durations a {@link #write} wrote, sorted by unit id.
	 *
	 * @throws IOException whose one-line message names the file and what is wrong with it: not
	 * readable, not a durations file, or written in a newer format
	 */
	public static Map<String, Long> read(Path file) throws IOException {
		return DurationsFile.read(file);
	}

	/**
	 * The newest duration of each unit among the newest {@link #RUNS_READ} runs {@code counted}
	 * accepts; of the units {@code wanted} only, and no further run read once each is known, when
	 * it is not null.
	 */
	private static Map<String, Long> read(RunStore store, Predicate<RunSummary> counted, Set<String> wanted)
			throws IOException {
		Map<String, Long> known = new HashMap<>();
		// Filtered before the newest are taken: a shard recorded meanwhile must not push an older run out.
		List<RunSummary> runs = store.runs().stream().filter(counted).limit(RUNS_READ).toList();
		for (RunSummary run : runs) {
			if (wanted != null && known.size() == wanted.size()) {
				break;
			}
			RerunState.read(store.runFolder(run.runId())).ifPresent(state -> state.units().forEach((id, entry) -> {
				if (entry.durationMillis() >= 0 && (wanted == null || wanted.contains(id))) {
					known.putIfAbsent(id, entry.durationMillis());
				}
			}));
		}
		return known;
	}
}
