package dev.solo.engine.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.engine.files.OwnerOnlyFiles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two JVMs and threads of this one write one store at once, as two Maven modules and an IDE
 * run would: the index must end with every run exactly once, as last written.
 */
class StoreConcurrencyTest {
	private static final int PROCESSES = 2;
	private static final int THREADS = 3;
	private static final int RUNS_EACH = 25;

	@TempDir
	Path temp;

	@Test
	@Timeout(90)
	void everyRunIsIndexedExactlyOnce() throws Exception {
		Path cache = temp.resolve("cache");
		Path workspace = Files.createDirectories(temp.resolve("workspace"));
		Path go = temp.resolve("go");
		RunStore store = RunStore.at(StoreLocation.of(cache.resolve("records"), workspace));
		OwnerOnlyFiles.folder(store.folder());
		Path link = Files.createSymbolicLink(temp.resolve("link"), store.folder());

		List<Process> processes = new ArrayList<>();
		List<BufferedReader> outputs = new ArrayList<>();
		ExecutorService threads = Executors.newFixedThreadPool(THREADS);
		try {
			for (int i = 0; i < PROCESSES; i++) {
				Path java = Path.of(System.getProperty("java.home"), "bin", "java");
				ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
						"-cp", System.getProperty("java.class.path"), StoreWriter.class.getName(),
						workspace.toString(), String.valueOf(RUNS_EACH), go.toString());
				builder.environment().put("SOLO_CACHE_DIR", cache.toString());
				builder.redirectError(temp.resolve("writer-" + i + ".err").toFile());
				Process process = builder.start();
				processes.add(process);
				outputs.add(new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8)));
			}
			for (BufferedReader output : outputs) {
				String ready = output.readLine();
				assertEquals("ready " + store.folder(), ready, "the writer finds the same store through SOLO_CACHE_DIR");
			}

			Files.createFile(go);
			List<Future<List<UUID>>> written = new ArrayList<>();
			for (int i = 0; i < THREADS; i++) {
				// a store of each thread's own, one through a link: the JVM's lock must not depend on sharing one
				RunStore own = RunStore.at(i == 0 ? link : store.folder());
				written.add(threads.submit(() -> StoreWriter.write(own, RUNS_EACH)));
			}

			Set<UUID> expected = new HashSet<>();
			for (Future<List<UUID>> ids : written) {
				expected.addAll(ids.get(60, TimeUnit.SECONDS));
			}
			for (int i = 0; i < PROCESSES; i++) {
				List<UUID> ids = outputs.get(i).lines().map(UUID::fromString).toList();
				assertTrue(processes.get(i).waitFor(60, TimeUnit.SECONDS));
				assertEquals(0, processes.get(i).exitValue(), Files.readString(temp.resolve("writer-" + i + ".err")));
				assertEquals(RUNS_EACH, ids.size());
				expected.addAll(ids);
			}
			assertEquals((PROCESSES + THREADS) * RUNS_EACH, expected.size());

			List<RunSummary> indexed = new RunIndex(store.folder()).read().orElseThrow(() -> new AssertionError("index.json parses"));
			List<UUID> indexedIds = indexed.stream().map(RunSummary::runId).toList();
			assertEquals(indexedIds.size(), new HashSet<>(indexedIds).size(), "no run twice");
			assertEquals(expected, new HashSet<>(indexedIds), "every run");
			assertTrue(indexed.stream().allMatch(run -> run.status() == RunStatus.COMPLETED), "every update kept");

			Map<UUID, RunSummary> fromRunFiles = new RunIndex(store.folder()).rebuild().stream()
					.collect(Collectors.toMap(RunSummary::runId, run -> run));
			for (RunSummary run : indexed) {
				assertEquals(run, fromRunFiles.get(run.runId()), "run.json and the index agree");
			}
			try (var leftovers = Files.list(store.folder())) {
				assertEquals(Set.of("index.json", "index.lock", "runs"),
						leftovers.map(path -> path.getFileName().toString()).collect(Collectors.toSet()),
						"no temporary file left behind");
			}
		}
		finally {
			threads.shutdownNow();
			for (Process process : processes) {
				process.destroyForcibly();
				process.waitFor(10, TimeUnit.SECONDS);
			}
		}
		for (Process process : processes) {
			assertFalse(process.isAlive());
			assertFalse(ProcessHandle.current().descendants().anyMatch(child -> child.pid() == process.pid()),
					"writer " + process.pid() + " is gone");
		}
	}
}
