package dev.solo.engine;

import dev.solo.engine.cancel.RunCancellation;
import dev.solo.engine.fork.ForkServer;
import dev.solo.engine.scheduler.Scheduler;
import dev.solo.engine.status.LiveRuns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What outlives one execution within a launcher session: the fork server, and the shutdown
 * hook that leaves no child JVM behind when the host is killed. Opened by {@link SoloSessionListener}; an engine used
 * without a session (a bare Launcher without auto-registration) gets a transient one.
 */
final class SoloSession {
	private static final Set<SoloSession> OPEN = ConcurrentHashMap.newKeySet();
	private static volatile SoloSession current;

	private final boolean transientSession;
	private final Set<Scheduler> running = ConcurrentHashMap.newKeySet();
	private ForkServer server;
	private Thread shutdownHook;

	private SoloSession(boolean transientSession) {
		this.transientSession = transientSession;
	}

	static SoloSession open() {
		SoloSession session = new SoloSession(false);
		OPEN.add(session);
		current = session;
		return session;
	}

	static SoloSession currentOrTransient() {
		SoloSession session = current;
		return session != null && OPEN.contains(session) ? session : new SoloSession(true);
	}

	synchronized ForkServer forkServer() {
		if (server == null) {
			try {
				server = new ForkServer();
			}
			catch (IOException e) {
				throw new UncheckedIOException("solo: cannot open the loopback socket for test JVMs", e);
			}
			shutdownHook = new Thread(this::terminateAll, "solo-shutdown");
			Runtime.getRuntime().addShutdownHook(shutdownHook);
		}
		return server;
	}

	void running(Scheduler scheduler) {
		running.add(scheduler);
		RunCancellation.started(scheduler);
		LiveRuns.started(scheduler);
	}

	void finished(Scheduler scheduler) {
		running.remove(scheduler);
		RunCancellation.ended(scheduler);
		LiveRuns.ended(scheduler);
	}

	private void terminateAll() {
		for (Scheduler scheduler : running) {
			scheduler.cancelAndWait(SoloTestEngine.shutdownGrace());
		}
	}

	void closeIfTransient() {
		if (transientSession) {
			close();
		}
	}

	synchronized void close() {
		OPEN.remove(this);
		if (current == this) {
			current = null;
		}
		terminateAll();
		if (server != null) {
			try {
				server.close();
			}
			catch (IOException ignored) {
				// closing a server socket that is already gone
			}
			server = null;
		}
		if (shutdownHook != null) {
			try {
				Runtime.getRuntime().removeShutdownHook(shutdownHook);
			}
			catch (IllegalStateException shuttingDown) {
				// the hook is running or about to
			}
			shutdownHook = null;
		}
	}
}
