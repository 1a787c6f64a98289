package dev.solo.launcher.terminal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.PrintStream;

import org.apiguardian.api.API;

/**
 * A status dump on the terminal reporter's screen: printed on stderr around the progress bar, so
 * neither lands inside the other, and asked for with the {@code t} key while the bar shows.
 */
@API(status = INTERNAL, since = "0.1")
public final class StatusView {
	private final Screen screen;

	StatusView(Screen screen) {
		this.screen = screen;
	}

	/** Prints {@code text} on {@code other} (stderr) without breaking the progress bar. */
	public void print(PrintStream other, String text) {
		screen.printAside(other, text);
	}

	/** From the bar's start, the {@code t} key runs {@code action}; stdin is read only when it is the terminal. */
	public void onKey(Runnable action) {
		screen.onStatusKey(action);
	}

	/** Puts the terminal's mode back now (the {@code t} key's), for a JVM about to halt without its summary. */
	public void restoreTerminal() {
		screen.restoreTerminal();
	}
}
