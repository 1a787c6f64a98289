package dev.solo.engine.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class ProcMemoryTest {
	private static final String STATUS = "Name:\tjava\nVmPeak:\t 5000000 kB\nVmHWM:\t  412000 kB\nVmRSS:\t  300000 kB\n";

	@Test
	void theKernelsFiguresAreReadInBytes() {
		assertEquals(OptionalLong.of(412000L * 1024), ProcMemory.parseField(STATUS, "VmHWM:"));
		assertEquals(OptionalLong.of(300000L * 1024), ProcMemory.parseField(STATUS, "VmRSS:"));
		// a zombie's status has no memory lines: nothing, not zero
		assertEquals(OptionalLong.empty(), ProcMemory.parseField("Name:\tjava\nState:\tZ (zombie)\n", "VmHWM:"));
	}

	@Test
	void thisJvmsPeakIsAtLeastWhatItHoldsNow() {
		// now first: the resident set may grow between the two reads, never the peak fall
		OptionalLong now = ProcMemory.current(ProcessHandle.current().pid());
		OptionalLong peak = ProcMemory.ownPeak();
		assertTrue(peak.isPresent() && now.isPresent(), "read on Linux, where this build runs");
		assertTrue(peak.getAsLong() >= now.getAsLong(), peak + " " + now);
		assertEquals(OptionalLong.empty(), ProcMemory.peak(Long.MAX_VALUE / 3));
	}
}
