package dev.solo.engine.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** What the host and a child read of a process: its /proc stat line, and a leftover as the done frame carries it. */
class ProcStatTest {
	@Test
	void readsStateAndStartTimeWhateverTheCommandIsCalled() {
		String line = "4242 (a) b (c)) S 1 4242 4242 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 987654 1000 10";
		ProcStat stat = ProcStat.parse(4242, line).orElseThrow();
		assertEquals('S', stat.state());
		assertEquals(987654, stat.startTicks());
		assertFalse(stat.ended());
		assertTrue(ProcStat.parse(1, line.replace(") S ", ") Z ")).orElseThrow().ended());
		assertEquals(Optional.empty(), ProcStat.parse(1, "1 (truncated"));
	}

	@Test
	void aReportedProcessSurvivesTheTripThroughTheDoneFrame() {
		LeftProcess process = new LeftProcess(4242, 987654, "/usr/bin/sleep 300 0.25");
		assertEquals(process, LeftProcess.decode(process.encode()));
		assertEquals("process 4242 /usr/bin/sleep 300 0.25", process.describe());
	}
}
