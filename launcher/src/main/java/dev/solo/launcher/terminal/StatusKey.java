package dev.solo.launcher.terminal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;

/**
 * The {@code t} key during a run on a terminal, as nextest reads it: the terminal leaves line
 * mode (no echo, one key at a time) while the run lasts, and each {@code t} asks for a status
 * dump. Signals stay on: Ctrl-C still cancels the run, Ctrl-T still sends SIGINFO where the OS
 * has it. The terminal's mode is put back when the run ends, and also when the JVM exits or is
 * halted without that ({@link #restore}). Only for a terminal on stdin: standard input that is a
 * pipe or a file is never read.
 */
final class StatusKey implements AutoCloseable {
	static final int KEY = 't';
	private static final long POLL_MILLIS = 100;

	private final Terminal terminal;
	private final Attributes saved;
	private final Thread reader;
	private final Thread restoreOnExit;
	private volatile boolean closed;

	private StatusKey(Terminal terminal, Attributes saved, Runnable action) {
		this.terminal = terminal;
		this.saved = saved;
		this.reader = new Thread(() -> read(action), "solo-status-key");
		this.reader.setDaemon(true);
		this.restoreOnExit = new Thread(this::restore, "solo-terminal-restore");
	}

	/** Reads keys from {@code terminal} until closed; empty where its mode cannot be changed. */
	static Optional<StatusKey> start(Terminal terminal, Runnable action) {
		if (!Foreground.isForeground()) {
			// Setting the terminal's mode from the background would stop solo (SIGTTOU).
			return Optional.empty();
		}
		Attributes saved;
		try {
			saved = terminal.enterRawMode();
		}
		catch (RuntimeException e) {
			return Optional.empty();
		}
		StatusKey key = new StatusKey(terminal, saved, action);
		Runtime.getRuntime().addShutdownHook(key.restoreOnExit);
		key.reader.start();
		return Optional.of(key);
	}

	/**
	 * Polls stdin for what was typed rather than blocking in a read: a read blocked when the run
	 * ends would swallow a key meant for the shell, and a read by a JVM the shell put in the
	 * background (Ctrl-Z, {@code bg}) would stop it (SIGTTIN). Asking how much is there reads nothing.
	 */
	private void read(Runnable action) {
		InputStream in = System.in;
		byte[] keys = new byte[64];
		try {
			while (!closed) {
				int waiting = in.available();
				if (waiting > 0 && Foreground.isForeground()) {
					int read = in.read(keys, 0, Math.min(waiting, keys.length));
					for (int i = 0; i < read && !closed; i++) {
						if (keys[i] == KEY) {
							action.run();
						}
					}
				}
				Thread.sleep(POLL_MILLIS);
			}
		}
		catch (IOException | InterruptedException e) {
			// the terminal went away, or the JVM is ending: no key to read any more
		}
	}

	/**
	 * Puts the terminal's mode back as it was; safe to call again, from any thread. Each call sets
	 * it, so that a halt never skips it because another restore was still under way.
	 */
	void restore() {
		if (!Foreground.isForeground()) {
			// Sent to the background meanwhile (Ctrl-Z, bg): the shell took the terminal back with
			// its own mode, and setting ours from the background would stop solo (SIGTTOU).
			return;
		}
		try {
			terminal.setAttributes(saved);
		}
		catch (RuntimeException e) {
			// the terminal is gone; there is no mode left to restore
		}
	}

	@Override
	public void close() {
		closed = true;
		try {
			reader.join(2 * POLL_MILLIS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		restore();
		try {
			Runtime.getRuntime().removeShutdownHook(restoreOnExit);
		}
		catch (IllegalStateException exiting) {
			// the hook runs, and finds the mode restored
		}
	}
}
