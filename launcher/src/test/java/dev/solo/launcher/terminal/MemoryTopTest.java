package dev.solo.launcher.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.MemoryUse;
import dev.solo.engine.events.RunEvent;

import java.util.List;

import org.junit.jupiter.api.Test;

class MemoryTopTest {
	private static final long MB = 1L << 20;

	@Test
	void theTestsThatTookTheMostAreListedHighestFirstEachByItsHighestAttempt() {
		List<ForkUnit> units = Runs.units(Runs.classWith("MemTest", "a", "b", "c"),
				dev.solo.engine.config.Isolation.TEST);
		MemoryTop top = new MemoryTop(2);
		top.on(new RunEvent.AttemptFinished(units.get(0), measured(1, 300 * MB)));
		top.on(new RunEvent.AttemptFinished(units.get(0), measured(2, 500 * MB)));
		top.on(new RunEvent.AttemptFinished(units.get(1), measured(1, 400 * MB)));
		top.on(new RunEvent.AttemptFinished(units.get(2), measured(1, 100 * MB)));
		List<String> lines = top.lines();
		assertEquals(3, lines.size(), lines::toString);
		assertEquals("      Memory top 2 tests by peak RSS (of 3 measured):", lines.get(0));
		assertEquals("         500 MiB  heap 250 MiB   3 GCs 12ms   " + units.get(0).name(), lines.get(1));
		assertEquals("         400 MiB  heap 200 MiB   3 GCs 12ms   " + units.get(1).name(), lines.get(2));
	}

	@Test
	void nothingMeasuredIsSaidAndNotAskedForIsNothing() {
		List<ForkUnit> units = Runs.units(Runs.classWith("MemTest", "a"), dev.solo.engine.config.Isolation.TEST);
		MemoryTop top = new MemoryTop(5);
		top.on(new RunEvent.AttemptFinished(units.get(0), Runs.attempt(1, 1, AttemptStatus.PASSED, 5)));
		assertEquals(List.of("      Memory not measured: the kernel's peak resident set is read on Linux only"),
				top.lines());
		assertEquals(List.of(), new MemoryTop(0).lines());
	}

	private static Attempt measured(int number, long rss) {
		Attempt plain = Runs.attempt(number, 2, AttemptStatus.PASSED, 5);
		return new Attempt(plain.number(), plain.totalAttempts(), plain.status(), plain.duration(), plain.failure(),
				plain.report(), plain.stdout(), plain.stderr(), plain.threadDump(), plain.leakedProcesses(),
				plain.leaked(), plain.pid(), plain.exitCode(), plain.slowReports(), plain.artifacts(),
				new MemoryUse(rss, rss / 2, 3, 12));
	}
}
