package dev.solo.launcher.run;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.cancel.RunCancellation;
import dev.solo.engine.SoloRunListeners;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunEventSink;
import dev.solo.engine.events.RunStats;
import dev.solo.launcher.ExitCodes;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import org.apiguardian.api.API;

/**
 * Ctrl-C (SIGINT) and SIGTERM during {@code solo run}, as nextest takes them. The first cancels
 * the run: no test starts any more, the running ones are terminated with their process trees
 * (the engine's own cancellation: SIGTERM, SIGKILL after the grace period), every test is still
 * reported, the summary printed, and the run exits {@link ExitCodes#INCOMPLETE_RUN}. A second
 * signal kills every process the run started at once (SIGKILL), so the run ends as soon as its
 * workers see their JVMs gone; a run that still does not end is halted, with the same code.
 *
 * <p>Why {@code sun.misc.Signal} and not a shutdown hook: a hook runs only once the JVM has
 * begun to exit. It could still end the test JVMs (Solo's session hook does, for hosts), but
 * the run could no longer finish on its own path: the summary would race the exit, the exit
 * code would be the signal's (130, 143) and cannot be changed from a hook, and a hook cannot
 * tell a second signal from the first. A handler replaces the JVM's reaction to the signal,
 * so the main thread carries on and returns 106. It lives in {@code jdk.unsupported}, which
 * every JDK since 9 has and which the class path reaches without flags. Where the JVM refuses
 * the handler ({@code -Xrs}) the JVM's default stays, and the session's hook still leaves no
 * test JVM behind. A signal the shell made the process ignore ({@code nohup}, {@code &} in a
 * script) stays ignored: the JVM installs no handler for it.
 */
@API(status = INTERNAL, since = "0.1")
public final class SignalCancellation implements RunEventSink {
	private static final List<String> SIGNALS = List.of("INT", "TERM");
	/** How long a run may take to report once every process it started is killed. */
	private static final long KILLED_RUN_MILLIS = 5_000;

	private final PrintStream err;
	private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();
	private final AtomicInteger signals = new AtomicInteger();
	private final AtomicInteger running = new AtomicInteger();
	private volatile String reason;
	private volatile boolean cancelled;
	private volatile boolean finished;
	private volatile Runnable beforeHalt = () -> { };

	public SignalCancellation(PrintStream err) {
		this.err = err;
	}

	/** Runs {@code action} before the JVM halts, which skips shutdown hooks: puts the terminal's mode back. */
	public void beforeHalt(Runnable action) {
		this.beforeHalt = action;
	}

	private void halt() {
		try {
			beforeHalt.run();
		}
		finally {
			Runtime.getRuntime().halt(ExitCodes.INCOMPLETE_RUN);
		}
	}

	/**
	 * Takes SIGINT and SIGTERM, and follows the run's events (to count the running tests, and
	 * to cancel a run that starts after the signal came), until the handle is closed: then the
	 * previous handlers are back, as a JVM that runs {@code solo} in-process needs.
	 */
	AutoCloseable install(SoloRunListeners listeners) {
		for (String name : SIGNALS) {
			try {
				Signal signal = new Signal(name);
				previous.put(signal, Signal.handle(signal, this::received));
			}
			catch (IllegalArgumentException refused) {
				// -Xrs, or no such signal on this OS: the JVM's own reaction stays
			}
		}
		AutoCloseable attached = listeners.attach(this);
		return () -> {
			attached.close();
			previous.forEach(Signal::handle);
			previous.clear();
		};
	}

	private void received(Signal signal) {
		int count = signals.incrementAndGet();
		if (count == 1) {
			if (finished) {
				return; // the run is over: nothing left to cancel, solo ends in a moment
			}
			reason = signal.getName().equals("INT") ? "interrupt" : "signal";
			cancelled = true;
			err.println(status("Cancelling") + " due to " + reason + ": " + stillRunning());
			// None may have started yet: then on(RunStarted) cancels it.
			RunCancellation.cancelRunning("SIG" + signal.getName());
			return;
		}
		reason = "second signal";
		err.println(status("Killing") + " due to " + reason + ": " + stillRunning());
		killEveryProcessOfTheRun();
		if (count == 2) {
			Thread watchdog = new Thread(() -> {
				try {
					Thread.sleep(KILLED_RUN_MILLIS);
				}
				catch (InterruptedException e) {
					return;
				}
				halt();
			}, "solo-kill-watchdog");
			watchdog.setDaemon(true);
			watchdog.start();
		}
		else {
			halt();
		}
	}

	/** SIGKILL to every descendant, all collected first: a process whose parent dies is out of reach. */
	private static void killEveryProcessOfTheRun() {
		List<ProcessHandle> all = ProcessHandle.current().descendants().toList();
		all.forEach(ProcessHandle::destroyForcibly);
	}

	@Override
	public void on(RunEvent event) {
		if (event instanceof RunEvent.RunStarted && cancelled) {
			RunCancellation.cancelRunning("a signal before the run started");
		}
		else if (event instanceof RunEvent.TestStarted) {
			running.incrementAndGet();
		}
		else if (event instanceof RunEvent.AttemptFinished) {
			running.decrementAndGet();
		}
		else if (event instanceof RunEvent.RunFinished) {
			finished = true;
		}
	}

	/**
	 * After the run: nextest's warning, {@code warning: 3/5 tests were not run due to interrupt},
	 * when a signal cut the run short, and whether one did.
	 */
	public boolean warnIfCancelled(RunStats stats) {
		if (!cancelled) {
			return false;
		}
		int notRun = stats.notRun();
		if (notRun > 0) {
			boolean plural = stats.initialCount() != 1 || notRun != 1;
			err.println("warning: " + notRun + "/" + stats.initialCount() + (plural ? " tests were" : " test was")
					+ " not run due to " + reason);
		}
		return true;
	}

	private String stillRunning() {
		int n = Math.max(0, running.get());
		return n + (n == 1 ? " test" : " tests") + " still running";
	}

	/** nextest's 12-column status gutter. */
	private static String status(String word) {
		return " ".repeat(Math.max(0, 12 - word.length())) + word;
	}
}
