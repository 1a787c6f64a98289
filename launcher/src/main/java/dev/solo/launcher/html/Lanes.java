package dev.solo.launcher.html;

import dev.solo.launcher.html.RunTimeline.Span;

import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Gives each bar a lane: the global slot its attempt ran on, as the event names it (a JVM started
 * ahead keeps the slot it was started for, which need not be the lowest free one). A record older
 * than that gets lanes as the scheduler gives slots, the lowest one
 * free when a bar starts; a bar that starts as another ends (to the millisecond) takes over its
 * lane. Times alone cannot tell a tie the same way twice: a live run and its record stamp an event
 * a millisecond apart.
 */
final class Lanes {
	private Lanes() {
	}

	static void assign(List<Span> spans) {
		if (!spans.isEmpty() && spans.stream().allMatch(span -> span.slot >= 0)) {
			spans.forEach(span -> span.lane = span.slot);
			return;
		}
		List<Span> byStart = spans.stream().sorted(Comparator.comparingLong((Span s) -> s.start)
				.thenComparingLong(s -> s.end)).toList();
		PriorityQueue<Span> running = new PriorityQueue<>(Comparator.comparingLong((Span s) -> s.end));
		BitSet taken = new BitSet();
		for (Span span : byStart) {
			while (!running.isEmpty() && running.peek().end <= span.start) {
				taken.clear(running.poll().lane);
			}
			span.lane = taken.nextClearBit(0);
			taken.set(span.lane);
			running.add(span);
		}
	}
}
