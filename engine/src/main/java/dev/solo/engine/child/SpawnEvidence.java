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
 * kernel's cache that is dropped when its thread ends. The entry of a thread that ends as the JVM
 * exits is dropped while the host reaps the JVM, and the two wait on each other in the kernel: up
 * to several milliseconds of the host's CPU per test on a busy machine, where its budget is 5 ms
 * (measured on its {@code process reaper} threads: 3–6 ms a test with the test's thread's file
 * read, 0.05 ms without). A process started by a thread belongs to that thread while it lives,
 * and to the JVM's first thread once it has ended. So the unit runs on a thread of its own
 * ({@link UnitThread}), which reads its own file as it ends, well before the JVM exits; after the
 * test, the children are listed in full only where one of these holds:
 * <ul>
 * <li>the unit's thread had a child as it ended;</li>
 * <li>a thread other than the one asking and the JVM's own is alive: it may have started one (a
 * JDK {@code process reaper} thread, which waits for every process {@code ProcessBuilder} started,
 * is such a thread);</li>
 * <li>the JVM's first thread has a child: one file, whose cache entry goes with the JVM's own.</li>
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

	/**
	 * True where the test may have left a process running, false only where it cannot have;
	 * asked by {@code self} once the test's own thread has ended, which said as it ended
	 * ({@link #threadHasAChild}) whether it had a child then.
	 */
	static boolean any(Collection<Thread> threads, Thread self, long pid, boolean unitThreadHadAChild) {
		if (unitThreadHadAChild) {
			return true;
		}
		for (Thread thread : threads) {
			if (thread != self && thread.isAlive() && !JVM_THREADS.contains(thread.getName())) {
				return true;
			}
		}
		return listsAChild(Path.of("/proc/self/task", String.valueOf(pid), "children"));
	}

	/** True where the calling thread has a child process, or cannot tell. */
	static boolean threadHasAChild() {
		return listsAChild(Path.of("/proc/thread-self/children"));
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
