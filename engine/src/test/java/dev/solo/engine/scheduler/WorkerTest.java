package dev.solo.engine.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/** Behind which busy slots warm start begins the next JVMs. */
class WorkerTest {

	private static Worker worker(long startedAt, int waiting) {
		Worker worker = new Worker(null, null);
		worker.startedAt = startedAt;
		for (int i = 0; i < waiting; i++) {
			worker.successors.add(new Worker.Successor(null, 0, CompletableFuture.completedFuture(Optional.empty())));
		}
		return worker;
	}

	@Test
	void oneBehindEachSlotTheOneRunningLongestFirst() {
		Worker young = worker(200, 0);
		Worker old = worker(100, 0);
		assertEquals(List.of(old, young), Worker.aheadOrder(List.of(young, old), 0));
	}

	@Test
	void extraOnesGoToTheSlotWithTheFewestWaiting() {
		Worker busy = worker(100, 2);
		Worker bare = worker(200, 0);
		// one for bare (it has none); three more to the fewest waiting, a tie to the one running longest
		assertEquals(List.of(bare, bare, busy, bare), Worker.aheadOrder(List.of(busy, bare), 4));
	}

	@Test
	void nothingWhenAsManyWaitAsAllowed() {
		Worker a = worker(100, 2);
		Worker b = worker(200, 1);
		assertEquals(List.of(), Worker.aheadOrder(List.of(a, b), 1));
		assertEquals(List.of(b), Worker.aheadOrder(List.of(a, b), 2));
		assertEquals(List.of(), Worker.aheadOrder(List.of(), 5), "no busy slot, nothing to start behind");
	}
}
