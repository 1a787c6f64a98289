package dev.solo.engine.cancel;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.scheduler.Scheduler;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apiguardian.api.API;

/**
 * Lets a program that drives the JUnit Launcher (the {@code solo} CLI, on Ctrl-C) cancel the
 * Solo runs under way in this JVM, as the host's cancellation token or {@code global-timeout}
 * would: no unit starts any more, running test JVMs are terminated with their process trees
 * (SIGTERM, then SIGKILL after the grace period), and every unit is still reported, the ones
 * that did not finish as not run. Platform 1.x has no cancellation token to do this with.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class RunCancellation {
	private RunCancellation() {
	}

	/** Every run under way in this JVM, whatever launcher session it belongs to. */
	private static final Set<Scheduler> RUNNING = ConcurrentHashMap.newKeySet();

	/** Cancels every run under way; returns how many there were (0: none has started yet, or all are over). */
	public static int cancelRunning(String reason) {
		int cancelled = 0;
		for (Scheduler scheduler : RUNNING) {
			scheduler.cancel(reason);
			cancelled++;
		}
		return cancelled;
	}

	/** Makes {@code scheduler} one of the runs {@link #cancelRunning} cancels, until {@link #ended}. */
	public static void started(Scheduler scheduler) {
		RUNNING.add(scheduler);
	}

	public static void ended(Scheduler scheduler) {
		RUNNING.remove(scheduler);
	}
}
