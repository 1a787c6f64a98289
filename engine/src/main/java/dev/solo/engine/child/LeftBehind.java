package dev.solo.engine.child;

import dev.solo.engine.process.LeftProcess;
import dev.solo.engine.process.MarkedProcesses;
import dev.solo.engine.process.ProcStat;
import dev.solo.engine.process.ProcessTree;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The processes a test left running, which its JVM reports for the host to kill: those still
 * in its process tree, and those its children left behind as orphans (a shell's {@code sleep &}).
 * Orphans are looked for only where this JVM started a process through Java (a JDK
 * {@code process reaper} thread lives on for a minute after each) or still has one: that look
 * reads every process's start time.
 */
final class LeftBehind {
	/** The JDK's name for the threads that wait for the processes {@code ProcessBuilder} started. */
	static final String REAPER = "process reaper";

	private LeftBehind() {
	}

	static List<LeftProcess> find(Collection<Thread> threads, Thread self, boolean unitThreadHadAChild) {
		long pid = ProcessHandle.current().pid();
		if (!SpawnEvidence.any(threads, self, pid, unitThreadHadAChild)) {
			return List.of();
		}
		Map<Long, LeftProcess> found = new LinkedHashMap<>();
		List<ProcessHandle> descendants = ProcessTree.descendants(ProcessHandle.current());
		descendants.forEach(p -> LeftProcess.of(p).ifPresent(left -> found.put(left.pid(), left)));
		if (!descendants.isEmpty() || threads.stream().anyMatch(t -> t.isAlive() && t.getName().equals(REAPER))) {
			ProcStat.of(pid).ifPresent(stat -> MarkedProcesses.find(MarkedProcesses.ofThisAttempt(),
					stat.startTicks(), pid).forEach(left -> found.putIfAbsent(left.pid(), left)));
		}
		return List.copyOf(found.values());
	}
}
