package dev.solo.engine.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.engine.scheduler.ReadyQueue.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReadyQueueTest {
	private static final Map<String, Integer> PRIORITY = Map.of("high", 50, "low", -10);

	@Test
	void higherPriorityFirstThenTheOrderUnitsCameIn() {
		ReadyQueue<String> queue = queue(List.of("a", "low", "b", "high", "c"), 10);
		assertEquals(List.of("high", "a", "b", "c", "low"), takeAll(queue, Set.of()));
	}

	@Test
	void aUnitThatCannotStartDoesNotHoldUpThoseBehindIt() {
		ReadyQueue<String> queue = queue(List.of("grouped", "a", "b"), 10);
		Admission admission = new Admission(Set.of("grouped"));
		assertEquals(Optional.of("a"), queue.poll(admission));
		assertEquals(Optional.of("b"), queue.poll(admission));
		assertEquals(Optional.empty(), queue.poll(admission));
		assertEquals(Optional.of("grouped"), queue.poll(new Admission(Set.of())));
	}

	@Test
	void aUnitPassedOverPatienceTimesKeepsWhatItWaitsForFromLaterUnits() {
		ReadyQueue<String> queue = queue(List.of("wide", "a", "b", "c", "d"), 2);
		Admission admission = new Admission(Set.of("wide"));
		assertEquals(Optional.of("a"), queue.poll(admission));
		assertEquals(Optional.of("b"), queue.poll(admission));
		assertEquals(Optional.empty(), queue.poll(admission), "wide is hungry now: c must not take its slots");
		assertEquals(List.of("wide > c", "wide > d"), admission.hindranceChecks);
		assertEquals(Optional.of("wide"), queue.poll(new Admission(Set.of())));
		assertEquals(Optional.of("c"), queue.poll(admission));
	}

	@Test
	void aHungryUnitHoldsUpOnlyUnitsItCompetesWith() {
		ReadyQueue<String> queue = queue(List.of("wide", "a", "b", "c"), 1);
		Admission admission = new Admission(Set.of("wide")) {
			@Override
			public boolean hinders(String waiting, String candidate) {
				return !candidate.equals("c");
			}
		};
		assertEquals(Optional.of("a"), queue.poll(admission));
		assertEquals(Optional.of("c"), queue.poll(admission));
	}

	@Test
	void nothingBehindAStopIsChosen() {
		ReadyQueue<String> queue = queue(List.of("a", "b"), 10);
		ReadyQueue.Admission<String> stopAtA = new Admission(Set.of()) {
			@Override
			public Verdict judge(String candidate) {
				return candidate.equals("a") ? Verdict.STOP : Verdict.START;
			}
		};
		assertEquals(Optional.empty(), queue.poll(stopAtA));
		assertEquals(List.of("a", "b"), queue.drain());
		assertTrue(queue.isEmpty());
	}

	private static ReadyQueue<String> queue(List<String> items, int patience) {
		return new ReadyQueue<>(items, item -> PRIORITY.getOrDefault(item, 0), patience);
	}

	private static List<String> takeAll(ReadyQueue<String> queue, Set<String> blocked) {
		List<String> taken = new ArrayList<>();
		for (Optional<String> next = queue.poll(new Admission(blocked)); next.isPresent();
				next = queue.poll(new Admission(blocked))) {
			taken.add(next.get());
		}
		return taken;
	}

	/** Blocks the named units; a hungry unit hinders every other. */
	private static class Admission implements ReadyQueue.Admission<String> {
		final Set<String> blocked;
		final List<String> hindranceChecks = new ArrayList<>();

		Admission(Set<String> blocked) {
			this.blocked = blocked;
		}

		@Override
		public Verdict judge(String candidate) {
			return blocked.contains(candidate) ? Verdict.BLOCKED : Verdict.START;
		}

		@Override
		public boolean hinders(String waiting, String candidate) {
			hindranceChecks.add(waiting + " > " + candidate);
			return true;
		}
	}
}
