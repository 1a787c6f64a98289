package dev.solo.engine.fork;

import dev.solo.engine.process.LeftProcess;
import dev.solo.engine.process.ProcessTree;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Kills, from the host, the processes a test's JVM reported it left running, and waits until
 * they are gone, before the attempt is reported. The host does it, not the JVM: once that JVM
 * exits, its children are re-parented (to init or a subreaper) and out of any tree it could
 * walk, and a JVM that is killed or halts kills nothing. SIGKILL at once: the test is over,
 * and a process that ignores SIGTERM would outlive a polite request.
 */
final class LeftProcessKiller {
	private LeftProcessKiller() {
	}

	/**
	 * Kills every reported process still running as the same process (pid and start time),
	 * with what it started itself, and returns those that still run after {@code wait}.
	 */
	static List<LeftProcess> kill(List<LeftProcess> reported, Duration wait) {
		List<LeftProcess> killed = new ArrayList<>();
		for (LeftProcess process : reported) {
			// The handle is taken first: it kills only the process that had this pid when it
			// was taken, and the start time read after it says that this was the reported one.
			Optional<ProcessHandle> handle = ProcessHandle.of(process.pid());
			if (handle.isEmpty() || handle.get().equals(ProcessHandle.current()) || !process.running()) {
				continue;
			}
			// What it started, while it is still their parent: a killed parent's children are re-parented.
			List<ProcessHandle> tree = ProcessTree.withDescendants(handle.get());
			tree.removeIf(member -> member.equals(ProcessHandle.current()));
			for (ProcessHandle member : tree) {
				Optional<LeftProcess> current = member == handle.get() ? Optional.of(process) : LeftProcess.of(member);
				current.ifPresent(killed::add);
			}
			tree.forEach(ProcessHandle::destroyForcibly);
		}
		return awaitGone(killed, wait);
	}

	private static List<LeftProcess> awaitGone(List<LeftProcess> killed, Duration wait) {
		long deadline = System.nanoTime() + wait.toNanos();
		long pauseMillis = 1;
		List<LeftProcess> running = stillRunning(killed);
		while (!running.isEmpty() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(pauseMillis);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
			pauseMillis = Math.min(pauseMillis * 2, 50);
			running.forEach(p -> ProcessHandle.of(p.pid()).filter(h -> p.running()).ifPresent(
					ProcessHandle::destroyForcibly));
			running = stillRunning(running);
		}
		return running;
	}

	private static List<LeftProcess> stillRunning(List<LeftProcess> processes) {
		return processes.stream().filter(LeftProcess::running).toList();
	}
}
