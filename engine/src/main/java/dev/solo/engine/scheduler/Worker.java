package dev.solo.engine.scheduler;

import dev.solo.engine.fork.TestJvm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** A busy slot's thread, with the units whose JVMs warm start began behind it; guarded by the scheduler's lock. */
final class Worker {
	final Pending first;
	SlotTable.Grant grant;
	long startedAt = System.nanoTime();
	/** The units whose JVMs started behind this one's, in the order they take its slot. */
	final ArrayDeque<Successor> successors = new ArrayDeque<>();

	Worker(Pending first, SlotTable.Grant grant) {
		this.first = first;
		this.grant = grant;
	}

	/**
	 * Behind which workers the next JVMs start ahead, one entry a JVM: first each worker with
	 * none waiting, the one running longest first (it ends soonest, as far as anyone knows);
	 * then, while fewer than one per worker plus {@code extra} wait, the worker with the fewest
	 * waiting. Empty when that many wait already.
	 */
	static List<Worker> aheadOrder(List<Worker> workers, int extra) {
		List<Worker> byAge = new ArrayList<>(workers);
		byAge.sort(Comparator.comparingLong(w -> w.startedAt));
		int[] waiting = new int[byAge.size()];
		int total = 0;
		List<Worker> order = new ArrayList<>();
		for (int i = 0; i < byAge.size(); i++) {
			waiting[i] = byAge.get(i).successors.size();
			total += waiting[i];
			if (waiting[i] == 0) {
				order.add(byAge.get(i));
				waiting[i]++;
				total++;
			}
		}
		while (!byAge.isEmpty() && total < byAge.size() + extra) {
			int fewest = 0;
			for (int i = 1; i < waiting.length; i++) {
				if (waiting[i] < waiting[fewest]) {
					fewest = i;
				}
			}
			order.add(byAge.get(fewest));
			waiting[fewest]++;
			total++;
		}
		return order;
	}

	/** A unit whose JVM starts behind a running one, on the running one's global slot. */
	record Successor(Pending pending, int globalSlot, CompletableFuture<Optional<TestJvm>> child) {
	}
}
