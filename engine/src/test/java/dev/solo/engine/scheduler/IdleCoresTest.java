package dev.solo.engine.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The idle cores warm start may use, from two readings of the kernel's CPU times. */
class IdleCoresTest {
	private static final long MS = 1_000_000L;

	/** A {@code /proc/stat} of {@code cores} cores whose sum line has these idle and busy ticks. */
	private static String stat(int cores, long busy, long idle) {
		StringBuilder text = new StringBuilder("cpu  " + busy + " 0 0 " + idle + " 0 0 0 0 0 0\n");
		for (int i = 0; i < cores; i++) {
			text.append("cpu").append(i).append(" 1 0 0 1 0 0 0 0 0 0\n");
		}
		return text.append("intr 1 2 3\nctxt 4\n").toString();
	}

	@Test
	void theIdleShareOfTheWindowTimesTheCores() {
		Deque<String> readings = new ArrayDeque<>(List.of(stat(4, 1000, 1000), stat(4, 1100, 1300)));
		AtomicLong clock = new AtomicLong();
		IdleCores idle = new IdleCores(() -> Optional.ofNullable(readings.poll()), clock::get, 4);

		assertEquals(0, idle.now(), "one reading says nothing yet");
		clock.addAndGet(300 * MS);
		// 300 of 400 ticks idle on 4 cores: 3 idle cores, one of them kept
		assertEquals(2, idle.now());
	}

	@Test
	void aShorterWindowKeepsTheLastAnswerWithoutReading() {
		Deque<String> readings = new ArrayDeque<>(List.of(stat(3, 0, 0), stat(3, 0, 100), stat(3, 100, 100)));
		AtomicLong clock = new AtomicLong();
		IdleCores idle = new IdleCores(() -> Optional.ofNullable(readings.poll()), clock::get, 3);
		idle.now();
		clock.addAndGet(IdleCores.WINDOW_NANOS);
		assertEquals(2, idle.now(), "all three idle, one kept");
		clock.addAndGet(IdleCores.WINDOW_NANOS / 2);
		assertEquals(2, idle.now());
		assertEquals(1, readings.size(), "no reading inside the window");
		clock.addAndGet(IdleCores.WINDOW_NANOS);
		assertEquals(0, idle.now(), "all busy since");
	}

	@Test
	void neverMoreThanTheCoresThisJvmMayUse() {
		// a container's quota of 2 on a 64-core machine that is all idle
		assertEquals(1, afterOneWindow(2, stat(64, 0, 0), stat(64, 0, 6400)), "the quota's two cores, one kept");
	}

	@Test
	void oneIdleCoreIsKept() {
		// two cores, one idle throughout: -j 1 with a JVM starting ahead on a two-core machine
		assertEquals(0, afterOneWindow(2, stat(2, 0, 0), stat(2, 100, 100)));
	}

	/** What {@code processors} cores' measure says a window after reading {@code before}, reading {@code after}. */
	private static int afterOneWindow(int processors, String before, String after) {
		Deque<String> readings = new ArrayDeque<>(List.of(before, after));
		AtomicLong clock = new AtomicLong();
		IdleCores idle = new IdleCores(() -> Optional.ofNullable(readings.poll()), clock::get, processors);
		idle.now();
		clock.addAndGet(IdleCores.WINDOW_NANOS);
		return idle.now();
	}

	@Test
	void unreadableOrStrangeTimesMeanNone() {
		for (String text : List.of("", "intr 1\n", "cpu  a b c d\ncpu0 1 1 1 1\n", "cpu  1 2 3 4 5 6 7 8\n")) {
			assertTrue(IdleCores.CpuTimes.parse(text).isEmpty(), text);
		}
		AtomicLong clock = new AtomicLong();
		java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
		IdleCores none = new IdleCores(() -> {
			reads.incrementAndGet();
			return Optional.empty();
		}, clock::get, 8);
		none.now();
		clock.addAndGet(IdleCores.WINDOW_NANOS);
		assertEquals(0, none.now());
		assertEquals(1, reads.get(), "times that cannot be read are not asked for again");
	}

	@Test
	void thisMachinesTimesParseWhereTheKernelGivesThem() throws java.io.IOException {
		java.nio.file.Path procStat = java.nio.file.Path.of("/proc/stat");
		if (java.nio.file.Files.isReadable(procStat)) {
			IdleCores.CpuTimes times = IdleCores.CpuTimes.parse(java.nio.file.Files.readString(procStat)).orElseThrow();
			assertTrue(times.cores() >= 1);
			assertTrue(times.idle() <= times.total());
		}
		else {
			assertEquals(0, IdleCores.ofMachine().now(), "no kernel times: no idle core claimed");
		}
	}
}
