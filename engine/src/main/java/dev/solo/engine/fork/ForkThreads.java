package dev.solo.engine.fork;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads the host spends on its children's I/O: per child a handshake, a report reader and
 * two output readers, each blocked on one stream for the child's life. They are pooled because
 * a test JVM lives a few hundred milliseconds: four fresh threads for each would be host CPU
 * spent on every test, and the host's CPU per test is what bounds how many cores Solo can use.
 * The pool grows to as many threads as there are streams open and keeps idle ones briefly.
 */
final class ForkThreads {
	private static final String IDLE = "solo-io-idle";
	private static final ExecutorService POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
			new SynchronousQueue<>(), ForkThreads::newThread);

	private ForkThreads() {
	}

	/** Runs {@code task} on a pooled thread named {@code name} while it runs (for thread dumps). */
	static void run(String name, Runnable task) {
		POOL.execute(() -> {
			Thread self = Thread.currentThread();
			self.setName(name);
			try {
				task.run();
			}
			finally {
				self.setName(IDLE);
			}
		});
	}

	private static Thread newThread(Runnable runnable) {
		Thread thread = new Thread(runnable, IDLE);
		thread.setDaemon(true);
		// Not the context loader of whichever test run first needed a thread: a pooled thread
		// outlives that run, and must not keep its class loader alive in an IDE or daemon.
		thread.setContextClassLoader(ForkThreads.class.getClassLoader());
		return thread;
	}
}
