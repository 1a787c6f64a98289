package dev.solo.engine.store;

import static dev.solo.engine.store.Runs.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history duration partitions learn from, and the durations file that stands in for it. */
class RecordedDurationsTest {
	@TempDir
	Path temp;

	@Test
	void partitionsLearnOnlyFromRunsThatWereNeitherAShardNorARerun() throws IOException {
		RunStore store = RunStore.at(temp.resolve("store"));
		record(store, T0, Optional.empty(), Optional.empty(), Map.of("a", 100L, "b", 200L));
		UUID base = record(store, T0.plusSeconds(10), Optional.empty(), Optional.empty(), Map.of("a", 110L));
		record(store, T0.plusSeconds(20), Optional.of("duration:1/3"), Optional.empty(), Map.of("a", 1L, "c", 1L));
		record(store, T0.plusSeconds(30), Optional.empty(), Optional.of(base), Map.of("a", 2L, "d", 2L));

		assertEquals(Map.of("a", 110L, "b", 200L), RecordedDurations.known(store), "the newest plain run wins");
		assertEquals(List.of("a", "b"), List.copyOf(RecordedDurations.known(store).keySet()), "sorted by id");
		assertEquals(Map.of("a", 2L, "b", 200L, "c", 1L, "d", 2L), RecordedDurations.all(store),
				"longest-first scheduling still reads every run");
	}

	@Test
	void aRunAsksOnlyForItsOwnUnitsAndGetsEachFromTheNewestRunThatHasIt() throws IOException {
		RunStore store = RunStore.at(temp.resolve("store"));
		record(store, T0, Optional.empty(), Optional.empty(), Map.of("a", 100L, "b", 200L, "c", 300L));
		record(store, T0.plusSeconds(10), Optional.empty(), Optional.empty(), Map.of("a", 110L));
		record(store, T0.plusSeconds(20), Optional.empty(), Optional.empty(), Map.of("d", 400L));

		assertEquals(Map.of("a", 110L), RecordedDurations.of(store, Set.of("a")));
		assertEquals(Map.of("a", 110L, "b", 200L), RecordedDurations.of(store, Set.of("a", "b")),
				"a unit the newer runs lack is read from an older one");
		assertEquals(Map.of("d", 400L), RecordedDurations.of(store, Set.of("d", "never-run")));
	}

	@Test
	void shardsRecordedMeanwhileDoNotPushThePlainRunsOutOfTheWindow() throws IOException {
		RunStore store = RunStore.at(temp.resolve("store"));
		record(store, T0, Optional.empty(), Optional.empty(), Map.of("a", 100L));
		for (int i = 1; i <= 25; i++) {
			record(store, T0.plusSeconds(i), Optional.of("duration:" + (i % 3 + 1) + "/3"), Optional.empty(),
					Map.of("a", (long) i));
		}
		assertEquals(Map.of("a", 100L), RecordedDurations.known(store));
	}

	@Test
	void aDurationsFileRoundTripsSortedByUnitId() throws IOException {
		Map<String, Long> durations = new LinkedHashMap<>();
		durations.put("[engine:solo]/[engine:junit-jupiter]/[class:com.B]/[method:b()]", 2_500L);
		durations.put("[engine:solo]/[engine:junit-jupiter]/[class:com.A]/[method:\u00e4()]", 0L);
		durations.put("[engine:solo]/[engine:junit-jupiter]/[class:com.A]/[method:a()]", 10L);
		Path file = temp.resolve("durations.json");
		RecordedDurations.write(durations, file);

		Map<String, Long> read = RecordedDurations.read(file);
		assertEquals(durations, read);
		assertEquals(List.of("[engine:solo]/[engine:junit-jupiter]/[class:com.A]/[method:a()]",
				"[engine:solo]/[engine:junit-jupiter]/[class:com.A]/[method:\u00e4()]",
				"[engine:solo]/[engine:junit-jupiter]/[class:com.B]/[method:b()]"), List.copyOf(read.keySet()));
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.replaceAll("\\s", "").startsWith("{\"format\":1,\"durations\":{\"[engine:solo]"), text);
		assertTrue(text.indexOf("com.A]/[method:a()]") < text.indexOf("com.B]"), "keys sorted: " + text);

		RecordedDurations.write(Map.of(), file);
		assertEquals(Map.of(), RecordedDurations.read(file));
	}

	@Test
	void aNewerFormatIsRefusedNamingTheFile() throws IOException {
		Path file = write("{\"format\": 2, \"durations\": {}}");
		assertEquals("durations file " + file + ": format 2 was written by a newer Solo; this one reads format 1",
				assertThrows(IOException.class, () -> RecordedDurations.read(file)).getMessage());
	}

	@Test
	void aCorruptFileIsOneLineNamingTheFileAndTheProblem() throws IOException {
		Map<String, String> cases = new LinkedHashMap<>();
		cases.put("{\"format\": 1, \"durations\": {\"a\": 1", "not JSON: ");
		cases.put("", "not JSON: empty, where a JSON document was expected");
		cases.put("[1, 2]", "expected an object with format and durations");
		cases.put("{\"durations\": {}}", "no format number");
		cases.put("{\"format\": \"1\", \"durations\": {}}", "no format number");
		cases.put("{\"format\": 0, \"durations\": {}}", "unknown format 0");
		cases.put("{\"format\": 1}", "no durations object");
		cases.put("{\"format\": 1, \"durations\": {\"a\": -5}}", "the duration of a is not a whole number of ms: -5");
		cases.put("{\"format\": 1, \"durations\": {\"a\": 1.5}}", "the duration of a is not a whole number of ms: 1.5");
		cases.put("{\"format\": 1, \"durations\": {\"a\": \"9\"}}", "the duration of a is not a whole number of ms: \"9\"");
		for (Map.Entry<String, String> each : cases.entrySet()) {
			Path file = write(each.getKey());
			String message = assertThrows(IOException.class, () -> RecordedDurations.read(file)).getMessage();
			assertTrue(message.startsWith("durations file " + file + ": " + each.getValue()), message);
			assertTrue(message.lines().count() == 1, message);
		}
		Path missing = temp.resolve("missing.json");
		assertEquals("durations file " + missing + ": no such file",
				assertThrows(IOException.class, () -> RecordedDurations.read(missing)).getMessage());
	}

	private Path write(String text) throws IOException {
		Path file = Files.createTempFile(temp, "durations", ".json");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	/** A finished run whose state.json holds {@code durations}, as the recorder leaves one. */
	static UUID record(RunStore store, Instant started, Optional<String> partition, Optional<UUID> rerunOf,
			Map<String, Long> durations) throws IOException {
		RunSummary plain = Runs.run(UUID.randomUUID(), started, RunStatus.COMPLETED);
		RunSummary run = new RunSummary(plain.runId(), rerunOf, plain.soloVersion(), plain.host(), plain.command(),
				plain.environment(), plain.profile(), started, started, plain.status(), plain.exitCode(),
				plain.duration(), plain.counts(), 0, 0, partition);
		Path folder = store.create(run);
		StringBuilder units = new StringBuilder();
		durations.forEach((id, ms) -> units.append(units.length() == 0 ? "" : ",")
				.append("\"").append(id).append("\":{\"name\":\"").append(id).append("\",\"passed\":true,\"duration-ms\":")
				.append(ms).append("}"));
		Files.writeString(folder.resolve(RerunState.FILE), "{\"format-version\":1,\"units\":{" + units + "}}");
		return run.runId();
	}
}
