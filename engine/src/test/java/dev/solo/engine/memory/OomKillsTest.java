package dev.solo.engine.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** Naming the OOM killer when the kernel's count of its kills rose during a run. */
class OomKillsTest {

	private static OomKills reading(Long... counts) {
		Deque<OptionalLong> values = new ArrayDeque<>();
		for (Long count : counts) {
			values.add(count == null ? OptionalLong.empty() : OptionalLong.of(count));
		}
		return new OomKills(values::poll);
	}

	@Test
	void aRiseSinceTheRunStartedNamesTheOomKiller() {
		assertEquals(Optional.of("the kernel's OOM killer killed 1 process during this run (oom_kill in /proc/vmstat),"
				+ " likely this JVM: see test-memory"), reading(4L, 5L).sinceStart());
		assertTrue(reading(4L, 7L).sinceStart().orElseThrow().contains("killed 3 processes"));
	}

	@Test
	void noRiseOrNoCountSaysNothing() {
		assertEquals(Optional.empty(), reading(4L, 4L).sinceStart());
		assertEquals(Optional.empty(), reading(null, 9L).sinceStart(), "no count at the start: nothing to compare");
		assertEquals(Optional.empty(), reading(4L, null).sinceStart());
	}

	@Test
	void theCountIsReadFromVmstat() {
		assertEquals(OptionalLong.of(12), OomKills.parse("nr_free_pages 1\noom_kill 12\nnuma_hit 3\n"));
		for (String text : List.of("", "nr_free_pages 1\n", "oom_kill x\n")) {
			assertEquals(OptionalLong.empty(), OomKills.parse(text), text);
		}
	}
}
