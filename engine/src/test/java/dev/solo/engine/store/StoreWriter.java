package dev.solo.engine.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One writer of {@link StoreConcurrencyTest}, run in a JVM of its own: finds the workspace's
 * store as a host would ({@code SOLO_CACHE_DIR} set by the test), says it is ready, waits for
 * the go file, then creates, updates and touches its runs, printing each run's id.
 */
public final class StoreWriter {
	private StoreWriter() {
	}

	public static void main(String[] args) throws Exception {
		Path workspace = Path.of(args[0]);
		int count = Integer.parseInt(args[1]);
		Path go = Path.of(args[2]);
		RunStore store = RunStore.forWorkspace(workspace);
		System.out.println("ready " + store.folder());
		System.out.flush();
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (!Files.exists(go) && System.nanoTime() < deadline) {
			Thread.sleep(2);
		}
		for (UUID id : write(store, count)) {
			System.out.println(id);
		}
		System.out.flush();
	}

	/** Creates {@code count} runs, completes each (with {@code passed} its index), touches every other; their ids. */
	static List<UUID> write(RunStore store, int count) throws Exception {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			RunSummary run = Runs.run(UUID.randomUUID(), Instant.now(), RunStatus.INCOMPLETE);
			store.create(run);
			ids.add(run.runId());
			store.update(Runs.completed(run, i));
			if (i % 2 == 0) {
				store.touch(run.runId(), Instant.now());
			}
			if (i % 5 == 0) {
				store.runs();
			}
		}
		return ids;
	}
}
