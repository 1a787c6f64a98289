package dev.solo.engine.scheduler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * The units waiting to start, best first: higher priority, then the order they came in
 * (longest-known-first, then discovery). A unit that cannot start now (its group is full, a lock
 * is held, not enough slots are free) is passed over rather than holding up the units behind it;
 * once it has been passed over {@code patience} times it is hungry, and units behind it may no
 * longer take what it waits for, so it cannot starve. Guarded by the scheduler's lock.
 */
final class ReadyQueue<E> {
	enum Verdict {
		/** may start now */
		START,
		/** cannot start now; units behind it may */
		BLOCKED,
		/** cannot start now and nothing behind it may be chosen in its place */
		STOP
	}

	/** What the queue asks of the scheduler about units; it knows nothing of slots or locks itself. */
	interface Admission<E> {
		Verdict judge(E candidate);

		/** Whether starting {@code candidate} takes something the hungry {@code waiting} unit waits for. */
		boolean hinders(E waiting, E candidate);
	}

	private static final class Entry<E> {
		final E item;
		int passedOver;

		Entry(E item) {
			this.item = item;
		}
	}

	private final List<Entry<E>> entries = new ArrayList<>();
	private final int patience;

	ReadyQueue(List<E> items, ToIntFunction<E> priority, int patience) {
		List<E> sorted = new ArrayList<>(items);
		// stable: equal priorities keep the order they came in
		sorted.sort(Comparator.comparingInt(priority).reversed());
		sorted.forEach(item -> entries.add(new Entry<>(item)));
		this.patience = Math.max(1, patience);
	}

	/** Queues {@code items} behind those waiting, best first among themselves. */
	void addAll(List<E> items, ToIntFunction<E> priority) {
		List<E> sorted = new ArrayList<>(items);
		sorted.sort(Comparator.comparingInt(priority).reversed());
		sorted.forEach(item -> entries.add(new Entry<>(item)));
	}

	boolean isEmpty() {
		return entries.isEmpty();
	}

	int size() {
		return entries.size();
	}

	/** Removes and returns the best unit that may start now, if any. */
	Optional<E> poll(Admission<E> admission) {
		List<Entry<E>> hungry = new ArrayList<>();
		List<Entry<E>> passed = new ArrayList<>();
		for (Iterator<Entry<E>> it = entries.iterator(); it.hasNext();) {
			Entry<E> entry = it.next();
			Verdict verdict = admission.judge(entry.item);
			if (verdict == Verdict.START && hungry.stream().noneMatch(h -> admission.hinders(h.item, entry.item))) {
				it.remove();
				passed.forEach(p -> p.passedOver++);
				return Optional.of(entry.item);
			}
			if (verdict == Verdict.STOP) {
				return Optional.empty();
			}
			if (verdict == Verdict.BLOCKED) {
				passed.add(entry);
				if (entry.passedOver >= patience) {
					hungry.add(entry);
				}
			}
		}
		return Optional.empty();
	}

	/** Empties the queue, for a run that stops: what was left, best first. */
	List<E> drain() {
		List<E> left = new ArrayList<>();
		entries.forEach(e -> left.add(e.item));
		entries.clear();
		return left;
	}
}
