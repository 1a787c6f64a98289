package dev.solo.engine.child;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs the unit on a thread of its own, named {@code main} as the thread a test runs on in any
 * other JVM, and waits for it to end. Why not on the JVM's main thread itself: once the unit's
 * thread has ended, every process it started and left running belongs to the JVM's first
 * thread, so one file tells whether there is any ({@code /proc/self/task/<pid>/children}, see
 * {@link SpawnEvidence}); asking a thread that still lives for its children costs the host that
 * reaps this JVM milliseconds. "Ended" in the kernel's sense: {@code Thread.join} returns a
 * moment before the thread's processes have moved to the first thread, and a look in between
 * would miss them, so the wait lasts until Linux no longer lists the thread.
 */
final class UnitThread {
	/** The name a test's thread has in a JVM without Solo. */
	static final String NAME = "main";
	/** The JVM's main thread, renamed so that a thread dump names one {@code main}: the test's. */
	static final String BOOT_NAME = "solo-child-main";

	private UnitThread() {
	}

	/** How long a thread Java saw end may take to leave the kernel's list; it takes microseconds. */
	private static final long KERNEL_EXIT_WAIT_NANOS = 2_000_000_000L;

	/** Runs {@code unit} on its own thread, and returns or throws what it returned or threw. */
	static <T> T run(Callable<T> unit) throws Exception {
		return run(unit, () -> { });
	}

	/** The same, with {@code meanwhile} run on this thread while the unit's runs: this thread would only wait. */
	static <T> T run(Callable<T> unit, Runnable meanwhile) throws Exception {
		Object[] result = new Object[1];
		Throwable[] failure = new Throwable[1];
		List<Path> task = new ArrayList<>(1);
		Thread.currentThread().setName(BOOT_NAME);
		Thread thread = new Thread(() -> {
			ownTask().ifPresent(task::add);
			try {
				result[0] = unit.call();
			}
			catch (Throwable t) {
				failure[0] = t;
			}
		}, NAME);
		thread.start();
		meanwhile.run();
		thread.join();
		task.forEach(UnitThread::awaitGone);
		if (failure[0] instanceof Exception e) {
			throw e;
		}
		if (failure[0] instanceof Error e) {
			throw e;
		}
		if (failure[0] != null) {
			throw new IllegalStateException(failure[0]);
		}
		@SuppressWarnings("unchecked")
		T value = (T) result[0];
		return value;
	}

	/** The calling thread's folder, {@code /proc/self/task/<tid>}; empty where there is no {@code /proc}. */
	static Optional<Path> ownTask() {
		try {
			// "<pid>/task/<tid>": the thread's own id, which Java does not give.
			return Optional.of(Path.of("/proc/self/task").resolve(
					Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName()));
		}
		catch (IOException | UnsupportedOperationException | SecurityException e) {
			return Optional.empty();
		}
	}

	private static void awaitGone(Path task) {
		long deadline = System.nanoTime() + KERNEL_EXIT_WAIT_NANOS;
		while (Files.exists(task) && System.nanoTime() < deadline) {
			LockSupport.parkNanos(100_000);
		}
	}
}
