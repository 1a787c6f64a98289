package dev.solo.engine.child;

import java.util.concurrent.Callable;

/**
 * Runs the unit on a thread of its own, named {@code main} as the thread a test runs on in any
 * other JVM, and waits for it to end. Why not on the JVM's main thread itself: once the unit's
 * thread has ended, every process it started and left running belongs to the JVM's first
 * thread, so one file tells whether there is any ({@code /proc/self/task/<pid>/children}, see
 * {@link SpawnEvidence}); asking a thread that still lives for its children costs the host that
 * reaps this JVM milliseconds.
 */
final class UnitThread {
	/** The name a test's thread has in a JVM without Solo. */
	static final String NAME = "main";
	/** The JVM's main thread, renamed so that a thread dump names one {@code main}: the test's. */
	static final String BOOT_NAME = "solo-child-main";

	private UnitThread() {
	}

	/** Runs {@code unit} on its own thread, and returns or throws what it returned or threw. */
	static <T> T run(Callable<T> unit) throws Exception {
		Object[] result = new Object[1];
		Throwable[] failure = new Throwable[1];
		Thread.currentThread().setName(BOOT_NAME);
		Thread thread = new Thread(() -> {
			try {
				result[0] = unit.call();
			}
			catch (Throwable t) {
				failure[0] = t;
			}
		}, NAME);
		thread.start();
		thread.join();
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
}
