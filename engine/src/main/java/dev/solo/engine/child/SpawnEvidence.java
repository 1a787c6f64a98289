package dev.solo.engine.child;

import dev.solo.engine.process.ProcessTree;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;

/**
 * Whether this JVM may have started a process that still runs, told without listing the
 * children of each of its threads. Linux lists a process's children per thread
 * ({@code /proc/self/task/<tid>/children}), and every file read there leaves an entry in the
 * kernel's cache that it drops when the JVM is reaped, on the host's time: ~0.7 ms of the host's
 * CPU per test (measured on its {@code process reaper} threads, in the kernel), where the host's
 * budget is 5 ms. A process started by a thread belongs to that thread while it lives, and to
 * the JVM's first thread once it has ended. So, after the test, the children are listed in full
 * only where one of these holds:
 * <ul>
 * <li>a thread other than the test's own and the JVM's is alive: it may have started one (a JDK
 * {@code process reaper} thread, which waits for every process {@code ProcessBuilder} started,
 * is such a thread);</li>
 * <li>the test's own thread or the JVM's first thread has a child: two files, not one a thread.</li>
 * </ul>
 * Any doubt (not Linux, a file that cannot be read) counts as evidence: the children are then
 * listed as before. What started the process (Java, JNI, the foreign-function API) does not matter.
 */
final class SpawnEvidence {
	/** Threads every JVM has, and Solo's own in a child: none of them starts a process. */
	private static final Set<String> JVM_THREADS = Set.of("Reference Handler", "Finalizer", "Signal Dispatcher",
			"Common-Cleaner", "Notification Thread", "Attach Listener", ParentWatch.NAME);

	private SpawnEvidence() {
	}

	/** True where the test may have left a process running, false only where it cannot have. */
	static boolean any(Collection<Thread> threads, Thread test, long pid) {
		for (Thread thread : threads) {
			if (thread != test && thread.isAlive() && !JVM_THREADS.contains(thread.getName())) {
				return true;
			}
		}
		return listsAChild(Path.of("/proc/thread-self/children"))
				|| listsAChild(Path.of("/proc/self/task", String.valueOf(pid), "children"));
	}

	/** True where {@code children} (a children file) names a process, or cannot be read. */
	static boolean listsAChild(Path children) {
		try {
			return !ProcessTree.listedIn(children).isEmpty();
		}
		catch (IOException | RuntimeException e) {
			return true;
		}
	}
}
