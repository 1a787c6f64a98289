package dev.solo.engine.status;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.scheduler.Scheduler;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * The runs under way in this JVM, for a status dump. While at least one is, the JVM listens on
 * its status socket and takes SIGUSR1 (where nobody else does); both go when the last run ends.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class LiveRuns {
	private static final List<Scheduler> RUNNING = new ArrayList<>();
	private static Optional<StatusSocket> socket = Optional.empty();
	private static HostSignal signal;

	private LiveRuns() {
	}

	public static synchronized void started(Scheduler scheduler) {
		RUNNING.add(scheduler);
		if (RUNNING.size() == 1) {
			socket = StatusSocket.open(LiveRuns::text);
			signal = HostSignal.install(LiveRuns::text, System.err);
		}
	}

	public static synchronized void ended(Scheduler scheduler) {
		if (RUNNING.remove(scheduler) && RUNNING.isEmpty()) {
			socket.ifPresent(StatusSocket::close);
			socket = Optional.empty();
			signal.close();
			signal = null;
		}
	}

	/** The status of every run under way in this JVM, each test's thread dump taken now. */
	public static String text() {
		List<Scheduler> runs;
		synchronized (LiveRuns.class) {
			runs = List.copyOf(RUNNING);
		}
		if (runs.isEmpty()) {
			return StatusText.idle();
		}
		StringBuilder text = new StringBuilder();
		for (Scheduler run : runs) {
			text.append(StatusText.of(run.snapshot()));
		}
		return text.toString();
	}
}
