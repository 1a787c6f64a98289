package dev.solo.engine.cancel;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.scheduler.Scheduler;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.junit.platform.engine.ExecutionRequest;

import org.apiguardian.api.API;

/**
 * Turns the host's cancellation (Platform 6's cancellation token) and Solo's
 * {@code global-timeout} into a cancellation of the scheduler. Older Platforms have no token;
 * there, only the timeout and the shutdown hook cancel.
 */
@API(status = INTERNAL, since = "0.1")
public final class CancellationWatch implements AutoCloseable {
	private static final long POLL_MILLIS = 100;

	private final Thread thread;
	private volatile boolean closed;

	private CancellationWatch(ExecutionRequest request, Scheduler scheduler, Optional<Duration> globalTimeout) {
		BooleanSupplier hostCancelled = hostCancellation(request);
		long deadline = globalTimeout.map(t -> System.nanoTime() + t.toNanos()).orElse(Long.MAX_VALUE);
		thread = new Thread(() -> {
			while (!closed) {
				if (hostCancelled.getAsBoolean()) {
					scheduler.cancel("the host cancelled the run");
					return;
				}
				if (System.nanoTime() >= deadline) {
					scheduler.cancel("global-timeout reached");
					return;
				}
				try {
					Thread.sleep(POLL_MILLIS);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		}, "solo-cancellation-watch");
		thread.setDaemon(true);
	}

	private static BooleanSupplier hostCancellation(ExecutionRequest request) {
		try {
			return HostCancellation.of(request);
		}
		catch (LinkageError beforePlatform6) {
			// should HostCancellation itself fail to link on an old Platform
			return () -> false;
		}
	}

	public static CancellationWatch start(ExecutionRequest request, Scheduler scheduler, Optional<Duration> globalTimeout) {
		CancellationWatch watch = new CancellationWatch(request, scheduler, globalTimeout);
		watch.thread.start();
		return watch;
	}

	@Override
	public void close() {
		closed = true;
		thread.interrupt();
	}
}
