package dev.solo.engine.record;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.config.Settings;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

import org.apiguardian.api.API;

/**
 * How long each unit took when last recorded, from the workspace's most recent runs, newest
 * first: what longest-first scheduling (and duration partitions) read. Only the runs' small
 * state files are read, never their event logs.
 */
@API(status = INTERNAL, since = "0.1")
public final class RecordedDurations {
	/** Enough runs to cover a suite run in parts (modules, shards, reruns), few enough to read at once. */
	private static final int RUNS_READ = 20;

	private RecordedDurations() {
	}

	/** Durations in ms by Solo unique id; nothing known when recording is off or the store unreadable. */
	public static Function<String, OptionalLong> of(Settings settings) {
		Map<String, Long> known = new HashMap<>();
		try {
			RunStore store = RunStore.forWorkspace(StoreWorkspace.of(settings));
			List<RunSummary> runs = store.runs();
			for (RunSummary run : runs.subList(0, Math.min(RUNS_READ, runs.size()))) {
				RerunState.read(store.runFolder(run.runId())).ifPresent(state -> state.units().forEach((id, entry) -> {
					if (entry.durationMillis() >= 0) {
						known.putIfAbsent(id, entry.durationMillis());
					}
				}));
			}
		}
		catch (IOException | RuntimeException e) {
			// ordering is an optimisation: without history the run goes in discovery order
		}
		return id -> known.containsKey(id) ? OptionalLong.of(known.get(id)) : OptionalLong.empty();
	}
}
