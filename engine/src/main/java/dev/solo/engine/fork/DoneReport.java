package dev.solo.engine.fork;

import dev.solo.engine.events.MemoryUse;
import dev.solo.engine.process.LeftProcess;

import java.util.List;

/**
 * What a child says once its test is over: the processes it leaves running, for the host to
 * kill, the non-daemon threads still alive, which say what kept it if its exit does not end, and
 * what it used of memory.
 */
record DoneReport(List<LeftProcess> processes, List<String> threads, MemoryUse memory) {
	public DoneReport {
		processes = List.copyOf(processes);
		threads = List.copyOf(threads);
	}
}
