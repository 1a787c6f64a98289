package dev.solo.launcher.terminal;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Where the reporter's lines go, in order. On a terminal it can keep a progress line under
 * them: erased before each line is printed and drawn again after it, so a status line never
 * lands inside the bar, and redrawn on a timer for its clock. Callers that read what the bar
 * shows hold this object's lock while they change it.
 */
final class Screen implements AutoCloseable {
	/** nextest redraws ten times a second; a clock of seconds needs no more. */
	private static final long TICK_MILLIS = 150;

	private final PrintStream out;
	private final Optional<Tty> tty;
	private ProgressBar bar;
	private long shownSince;
	private boolean drawn;
	private ScheduledExecutorService ticker;
	private Thread eraseOnExit;
	/** Read while the bar shows; volatile for {@link #restoreTerminal}, which takes no lock. */
	private volatile Optional<StatusKey> statusKey = Optional.empty();
	private Runnable statusKeyAction;

	Screen(PrintStream out, Optional<Tty> tty) {
		this.out = out;
		this.tty = tty;
	}

	synchronized void println(String line) {
		print(line + System.lineSeparator());
	}

	/** Text of whole lines (test output), printed above the bar. */
	synchronized void print(String text) {
		erase();
		out.print(text);
		draw();
		out.flush();
	}

	/**
	 * Text printed on another stream of the same terminal (a status dump, on stderr): the bar is
	 * erased first and drawn again under it, so neither lands inside the other.
	 */
	synchronized void printAside(PrintStream other, String text) {
		erase();
		out.flush();
		other.print(text);
		other.flush();
		draw();
		out.flush();
	}

	/** Shows {@code bar} below the lines from now on, its clock starting at {@code sinceNanos}; only on a terminal. */
	synchronized void showBar(ProgressBar bar, long sinceNanos) {
		if (tty.isEmpty() || this.bar != null) {
			return;
		}
		this.bar = bar;
		this.shownSince = sinceNanos;
		ticker = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "solo-progress-bar");
			thread.setDaemon(true);
			return thread;
		});
		ticker.scheduleAtFixedRate(this::refresh, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
		if (statusKeyAction != null) {
			statusKey = tty.get().statusKey(statusKeyAction);
		}
		// A run that ends without its summary (an engine error, Ctrl-C) must not leave the bar on screen.
		eraseOnExit = new Thread(this::hideBar, "solo-progress-bar-erase");
		Runtime.getRuntime().addShutdownHook(eraseOnExit);
		refresh();
	}

	/** While the bar shows, the {@code t} key runs {@code action}. */
	synchronized void onStatusKey(Runnable action) {
		statusKeyAction = action;
	}

	/**
	 * Puts the terminal's mode back now, for a JVM about to halt (a second Ctrl-C): without the
	 * screen's lock, which the thread that would take it may hold.
	 */
	void restoreTerminal() {
		statusKey.ifPresent(StatusKey::restore);
	}

	/** Draws the bar again with what it now shows. */
	synchronized void refresh() {
		if (bar != null) {
			draw();
			out.flush();
		}
	}

	/** Erases the bar for good: before the summary, which is the last thing on screen. */
	synchronized void hideBar() {
		if (bar == null) {
			return;
		}
		ticker.shutdownNow();
		statusKey.ifPresent(StatusKey::close);
		statusKey = Optional.empty();
		erase();
		out.flush();
		bar = null;
		if (eraseOnExit != Thread.currentThread()) {
			try {
				Runtime.getRuntime().removeShutdownHook(eraseOnExit);
			}
			catch (IllegalStateException e) {
				// already exiting: the hook runs, and finds the bar gone
			}
		}
	}

	@Override
	public synchronized void close() {
		hideBar();
		tty.ifPresent(Tty::close);
	}

	private void draw() {
		if (bar != null) {
			Duration elapsed = Duration.ofNanos(System.nanoTime() - shownSince);
			out.print("\r" + bar.render(tty.get().width(), elapsed) + tty.get().clearToEnd());
			drawn = true;
		}
	}

	private void erase() {
		if (drawn) {
			out.print("\r" + tty.get().clearToEnd());
			drawn = false;
		}
	}
}
