package dev.solo.engine.store;

import static dev.solo.engine.store.Runs.T0;
import static dev.solo.engine.store.Runs.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.engine.config.Retention;
import dev.solo.engine.json.JsonTrees;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

class RunStoreTest {
	@TempDir
	Path temp;

	@Test
	void summaryRoundTripsThroughTheStore() throws IOException {
		RunStore store = RunStore.at(temp.resolve("store"));
		RunSummary original = new RunSummary(UUID.randomUUID(), Optional.of(UUID.randomUUID()), "0.1.0", "surefire",
				List.of("mvn", "test", "-Dsolo.profile=ci"), Map.of("SOLO_PROFILE", "ci", "JAVA_HOME", "/opt/jdk"),
				"ci", T0, T0.plusSeconds(5), RunStatus.CANCELLED, Optional.of(100),
				Optional.of(Duration.ofMillis(1234)), new TestCounts(49, 2, 1, 3, 4, 5), 5_000, 108_000,
				Optional.of("duration:2/3"));
		RunSummary bare = new RunSummary(UUID.randomUUID(), Optional.empty(), "0.1.0", "cli", List.of(), Map.of(),
				"default", T0.plusSeconds(60), T0.plusSeconds(60), RunStatus.INCOMPLETE, Optional.empty(),
				Optional.empty(), TestCounts.NONE, 0, 0);
		Path folder = store.create(original);
		store.create(bare);

		assertEquals(store.runFolder(original.runId()), folder);
		assertEquals(List.of(bare, original), store.runs(), "newest first, every field kept");
		assertEquals(List.of(bare, original), RunStore.at(temp.resolve("store")).runs(), "read back by another store");

		JsonNode runJson = JsonTrees.read(java.nio.file.Files.readAllBytes(folder.resolve("run.json")));
		assertEquals(1, runJson.get("format-version").intValue());
		assertEquals("cancelled", runJson.get("status").textValue());
		assertEquals(1234, runJson.get("duration-ms").intValue());
		assertEquals("2026-01-21T20:07:45Z", runJson.get("last-written").textValue());
		assertEquals(4, runJson.get("counts").get("not-run").intValue());
		assertEquals(5, runJson.get("counts").get("leaky").intValue());
		assertEquals("duration:2/3", runJson.get("partition").textValue());
		JsonNode bareJson = JsonTrees.read(java.nio.file.Files.readAllBytes(store.runFolder(bare.runId()).resolve("run.json")));
		assertFalse(bareJson.has("exit-code") || bareJson.has("duration-ms") || bareJson.has("rerun-of")
				|| bareJson.has("partition"),
				"an empty Optional is an absent key: " + bareJson);
	}

	@Test
	void aRunJsonFromBeforePartitionsWereRecordedReadsAsNoPartition() throws IOException {
		String before = """
				{"format-version": 1, "run-id": "0a9f5e3c-1111-4222-8333-444455556666", "solo-version": "0.1.0",
				 "host": "cli", "command": ["solo", "run"], "environment": {}, "profile": "default",
				 "started": "2026-01-21T20:07:40Z", "last-written": "2026-01-21T20:07:42Z", "status": "completed",
				 "exit-code": 0, "duration-ms": 2000,
				 "counts": {"passed": 3, "failed": 0, "flaky": 0, "skipped": 0, "not-run": 0},
				 "compressed-bytes": 10, "uncompressed-bytes": 20}
				""";
		RunSummary read = SummaryJson.read(JsonTrees.read(before.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		assertEquals(Optional.empty(), read.partition());
		assertEquals(3, read.counts().passed());
		assertEquals(0, read.counts().leaky(), "runs recorded before leaks were counted");
		JsonNode bad = JsonTrees.read(before.replace("\"compressed-bytes\"", "\"partition\": 3, \"compressed-bytes\"")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertEquals("partition: expected a string, found 3",
				assertThrows(IOException.class, () -> SummaryJson.read(bad)).getMessage());
	}

	@Test
	void touchKeepsTheRunsPartition() throws IOException {
		RunStore store = RunStore.at(temp);
		RunSummary plain = run(UUID.randomUUID(), T0, RunStatus.COMPLETED);
		RunSummary shard = new RunSummary(plain.runId(), plain.rerunOf(), plain.soloVersion(), plain.host(),
				plain.command(), plain.environment(), plain.profile(), plain.started(), plain.lastWritten(),
				plain.status(), plain.exitCode(), plain.duration(), plain.counts(), 0, 0, Optional.of("hash:1/2"));
		store.create(shard);
		store.touch(shard.runId(), T0.plusSeconds(60));
		assertEquals(Optional.of("hash:1/2"), store.runs().get(0).partition());
		assertEquals(T0.plusSeconds(60), store.runs().get(0).lastWritten());
	}

	@Test
	void updateAndTouchRewriteIndexAndRunFile() throws IOException {
		RunStore store = RunStore.at(temp);
		RunSummary started = run(UUID.randomUUID(), T0, RunStatus.INCOMPLETE);
		store.create(started);
		RunSummary finished = Runs.completed(started, 7);
		store.update(finished);
		store.touch(started.runId(), T0.plusSeconds(3600));

		RunSummary expected = Runs.written(finished, T0.plusSeconds(3600));
		assertEquals(List.of(expected), store.runs());
		Files.delete(temp.resolve("index.json"));
		assertEquals(List.of(expected), store.runs(), "run.json was rewritten too");

		RunSummary unknown = run(UUID.randomUUID(), T0, RunStatus.COMPLETED);
		assertThrows(NoSuchFileException.class, () -> store.update(unknown));
		assertThrows(IOException.class, () -> store.create(started), "a run is created once");
	}

	@Test
	void anIndexReplacedByAnotherProcessIsReadAgain() throws IOException {
		Path folder = temp.resolve("store");
		RunStore store = RunStore.at(folder);
		RunSummary first = run(UUID.randomUUID(), T0, RunStatus.COMPLETED);
		store.create(first);
		assertEquals(List.of(first.runId()), store.runs().stream().map(RunSummary::runId).toList());

		// Another process replaces the file (every write does): this JVM reads the new version, not
		// the one it read or wrote before.
		Path replacement = temp.resolve("replacement.json");
		Files.writeString(replacement, "{\"format-version\":1,\"runs\":[]}");
		Files.move(replacement, folder.resolve("index.json"), StandardCopyOption.REPLACE_EXISTING);
		assertEquals(List.of(), store.runs());
		assertEquals(List.of(), RunStore.at(folder).runs());
	}

	@Test
	void corruptIndexIsRebuiltFromRunFiles() throws IOException {
		RunStore store = RunStore.at(temp);
		RunSummary a = run(UUID.randomUUID(), T0, RunStatus.COMPLETED);
		RunSummary b = run(UUID.randomUUID(), T0.plusSeconds(10), RunStatus.COMPLETED);
		RunSummary c = run(UUID.randomUUID(), T0.plusSeconds(20), RunStatus.COMPLETED);
		store.create(a);
		store.create(b);
		store.create(c);
		Files.writeString(temp.resolve("index.json"), "{\"format-version\": 1, \"runs\": [ {\"run-id\": tru");
		Files.writeString(store.runFolder(b.runId()).resolve("run.json"), "not json");
		Files.createDirectories(store.runFolder(UUID.randomUUID()));

		assertEquals(List.of(c, a), store.runs(), "the unreadable run is skipped");
		assertEquals(List.of(c, a), new RunIndex(temp).read().orElseThrow(), "the rebuilt index was written");

		Files.delete(temp.resolve("index.json"));
		assertEquals(List.of(c, a), store.runs(), "a missing index is rebuilt too");
		assertEquals(List.of(), RunStore.at(temp.resolve("nothing-here")).runs());
	}

	@Test
	void anIndexOfANewerFormatIsNotOverwritten() throws IOException {
		RunStore store = RunStore.at(temp);
		store.create(run(UUID.randomUUID(), T0, RunStatus.COMPLETED));
		String newer = "{\"format-version\": 2, \"runs\": []}";
		Files.writeString(temp.resolve("index.json"), newer);
		IOException e = assertThrows(IOException.class, store::runs);
		assertTrue(e.getMessage().contains("newer Solo"), e.getMessage());
		assertEquals(newer, Files.readString(temp.resolve("index.json")));
	}

	@Test
	void resolvesLatestAndPrefixes() throws Exception {
		RunStore store = RunStore.at(temp);
		RunSummary older = run("b0b38ba7-3a69-44c7-b52c-c0dabf839c07", T0);
		RunSummary newer = run("b0c11111-0000-4000-8000-000000000000", T0.plusSeconds(60));
		RunSummary newest = run("d6a74827-0000-4000-8000-000000000000", T0.plusSeconds(120));
		for (RunSummary run : List.of(older, newer, newest)) {
			store.create(run);
		}
		assertEquals(newest, store.resolve("latest", any -> true));
		assertEquals(newer, store.resolve("LATEST", run -> !run.equals(newest)), "the newest usable");
		assertEquals(older, store.resolve("b0b", any -> false), "a named run whatever usable says");
		assertEquals(older, store.resolve("B0B38BA7-3A", any -> true), "case and hyphens");
		assertEquals(older, store.resolve("b0b38ba73a69", any -> true), "hyphens left out");
		assertEquals(newest, store.resolve("d", any -> true));

		RecordException ambiguous = assertThrows(RecordException.class, () -> store.resolve("b0", any -> true));
		assertTrue(ambiguous.getMessage().contains("b0c") && ambiguous.getMessage().contains("b0b"),
				ambiguous.getMessage());
		assertFalse(ambiguous.getMessage().contains("d6"), ambiguous.getMessage());

		RecordException unknown = assertThrows(RecordException.class, () -> store.resolve("xyz", any -> true));
		assertEquals("no recorded run has an id starting with 'xyz' (solo store list shows them)", unknown.getMessage());
		assertThrows(RecordException.class, () -> store.resolve("ffff", any -> true));
		RecordException none = assertThrows(RecordException.class, () -> store.resolve("latest", any -> false));
		assertTrue(none.getMessage().contains("3 recorded runs"), none.getMessage());

		RecordException empty = assertThrows(RecordException.class,
				() -> RunStore.at(temp.resolve("empty")).resolve("latest", any -> true));
		assertEquals("nothing is recorded for this workspace yet", empty.getMessage());
	}

	@Test
	void uniquePrefixesAreTheShortestThatNameOneRun() {
		RunSummary a = run("b0b38ba7-3a69-44c7-b52c-c0dabf839c07", T0);
		RunSummary b = run("b0c11111-0000-4000-8000-000000000000", T0);
		RunSummary c = run("d6a74827-0000-4000-8000-000000000000", T0);
		RunSummary d = run("d6a74827-1000-4000-8000-000000000000", T0);
		Map<UUID, String> prefixes = RunStore.uniquePrefixes(List.of(a, b, c, d));
		assertEquals("b0b", prefixes.get(a.runId()));
		assertEquals("b0c", prefixes.get(b.runId()));
		assertEquals("d6a74827-0", prefixes.get(c.runId()), "past 8 digits the hyphen is kept");
		assertEquals("d6a74827-1", prefixes.get(d.runId()));
		assertEquals("b", RunStore.uniquePrefixes(List.of(a, c)).get(a.runId()));
		assertEquals("b", RunStore.uniquePrefixes(List.of(a)).get(a.runId()));
	}

	@Test
	void foldersAndFilesAreOwnerOnly() throws IOException {
		RunStore store = RunStore.at(temp.resolve("a").resolve("store"));
		RunSummary run = run(UUID.randomUUID(), T0, RunStatus.COMPLETED);
		store.create(run);
		store.pruneIfDue(Retention.DEFAULT, T0);
		assertTrue(Files.exists(store.folder().resolve("last-pruned")));
		try (Stream<Path> paths = Files.walk(temp.resolve("a"))) {
			for (Path path : paths.toList()) {
				String expected = Files.isDirectory(path) ? "rwx------" : "rw-------";
				assertEquals(expected, PosixFilePermissions.toString(Files.getPosixFilePermissions(path)), path.toString());
			}
		}
	}

	@Test
	void aWorkspacesStoreIsNamedByItsFolderAndCanonicalPath() throws IOException {
		Path records = temp.resolve("records");
		Path workspace = Files.createDirectories(temp.resolve("my project!"));
		Path link = Files.createSymbolicLink(temp.resolve("link"), workspace);
		Path store = StoreLocation.of(records, workspace);
		assertEquals(records, store.getParent());
		assertTrue(store.getFileName().toString().matches("my_project_-[0-9a-f]{12}"), store.toString());
		assertEquals(store, StoreLocation.of(records, link), "through a link, the same store");
		Path twin = Files.createDirectories(temp.resolve("elsewhere").resolve("my project!"));
		assertNotEquals(store, StoreLocation.of(records, twin), "a folder of the same name elsewhere, another");
		assertEquals("root", StoreLocation.name(Path.of("/")));
	}

	@Test
	void folderSizeCountsTheRecordersFiles() throws IOException {
		RunStore store = RunStore.at(temp);
		RunSummary run = run(UUID.randomUUID(), T0, RunStatus.COMPLETED);
		Path folder = store.create(run);
		long summaryOnly = store.sizeOnDisk(run.runId());
		Files.write(folder.resolve("events.jsonl.zst"), new byte[1000]);
		assertEquals(summaryOnly + 1000, store.sizeOnDisk(run.runId()));
		assertEquals(0, store.sizeOnDisk(UUID.randomUUID()));
		assertTrue(Instant.now().minusSeconds(60).isBefore(StoreFiles.lastModified(folder)));
	}
}
