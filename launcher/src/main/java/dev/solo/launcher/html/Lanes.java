package dev.solo.launcher.html;

import dev.solo.launcher.html.RunTimeline.Span;

import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Gives each bar a lane as the scheduler gives each test JVM a global slot: the lowest one free
 * when it starts. A bar that starts as another ends (to the millisecond) takes over its lane.
 */
final class Lanes {
	private Lanes() {
	}

	static void assign(List<Span> spans) {
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
