package dev.solo.engine.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The peaks memory-aware scheduling learns: each unit's newest measured one, from the runs' state files. */
class RecordedPeaksTest {
	private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

	@TempDir
	Path temp;

	@Test
	void eachUnitGetsItsNewestMeasuredPeakAndAnUnmeasuredRunHidesNone() throws IOException {
		RunStore store = RunStore.at(temp.resolve("store"));
		record(store, T0, Map.of("a", 300L, "b", 500L));
		record(store, T0.plusSeconds(10), Map.of("a", 400L));
		// a run that measured nothing (not Linux): its units carry no peak, so the older ones stand
		record(store, T0.plusSeconds(20), Map.of("a", -1L, "b", -1L));

		assertEquals(Map.of("a", 400L, "b", 500L), RecordedPeaks.of(store, Set.of("a", "b", "never-run")));
		assertEquals(Map.of("b", 500L), RecordedPeaks.of(store, Set.of("b")));
	}

	@Test
	void aStateWrittenBeforePeaksWereKeptKnowsNone() throws IOException {
		RunStore old = RunStore.at(temp.resolve("old"));
		RecordedDurationsTest.record(old, T0, Optional.empty(), Optional.empty(), Map.of("a", 5L));
		assertEquals(Map.of(), RecordedPeaks.of(old, Set.of("a")));
	}

	private static void record(RunStore store, Instant started, Map<String, Long> peaks) throws IOException {
		RunSummary run = Runs.run(UUID.randomUUID(), started, RunStatus.COMPLETED);
		Path folder = store.create(run);
		StringBuilder units = new StringBuilder();
		peaks.forEach((id, peak) -> units.append(units.length() == 0 ? "" : ",").append("\"").append(id)
				.append("\":{\"name\":\"").append(id).append("\",\"passed\":true,\"duration-ms\":1")
				.append(peak >= 0 ? ",\"peak-rss-bytes\":" + peak : "").append("}"));
		Files.writeString(folder.resolve(RerunState.FILE), "{\"format-version\":1,\"units\":{" + units + "}}");
	}
}
