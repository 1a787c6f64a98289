package dev.solo.engine.store;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.config.Settings;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

import org.apiguardian.api.API;

/**
 * Each unit's JVM's peak resident set when last measured, from the workspace's most recent runs,
 * newest first, as {@link RecordedDurations} learns durations: from the runs' small state files
 * only, never their event logs, and no further run read once each unit asked about is known.
 * What memory-aware scheduling expects of a test with no {@code memory} of its own.
 */
@API(status = INTERNAL, since = "0.1")
public final class RecordedPeaks {
	private static final int RUNS_READ = 20;

	private RecordedPeaks() {
	}

	/** Peaks in bytes by Solo unique id, of {@code ids}; nothing known when recording is off or the store unreadable. */
	public static Function<String, OptionalLong> of(Settings settings, Collection<String> ids) {
		Map<String, Long> known = new HashMap<>();
		try {
			known = of(RunStore.forWorkspace(StoreWorkspace.of(settings)), Set.copyOf(ids));
		}
		catch (IOException | RuntimeException e) {
			// without a record, only the overrides' memory is known
		}
		Map<String, Long> peaks = known;
		return id -> peaks.containsKey(id) ? OptionalLong.of(peaks.get(id)) : OptionalLong.empty();
	}

	static Map<String, Long> of(RunStore store, Set<String> wanted) throws IOException {
		Map<String, Long> known = new HashMap<>();
		List<RunSummary> runs = store.runs().stream().limit(RUNS_READ).toList();
		for (RunSummary run : runs) {
			if (known.size() == wanted.size()) {
				break;
			}
			RerunState.read(store.runFolder(run.runId())).ifPresent(state -> state.units().forEach((id, entry) -> {
				if (entry.peakRssBytes() >= 0 && wanted.contains(id)) {
					known.putIfAbsent(id, entry.peakRssBytes());
				}
			}));
		}
		return known;
	}
}
