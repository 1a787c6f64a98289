package dev.solo.launcher.terminal;

import java.io.IOException;
import java.util.Optional;

import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

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

	private void read(Runnable action) {
		NonBlockingReader keys = terminal.reader();
		try {
			while (!closed) {
				int key = keys.read(POLL_MILLIS);
				if (key == NonBlockingReader.EOF) {
					return;
				}
				if (key == KEY && !closed) {
					action.run();
				}
			}
		}
		catch (IOException e) {
			// the terminal went away: no key to read any more
		}
	}

	/**
	 * Puts the terminal's mode back as it was; safe to call again, from any thread. Each call sets
	 * it, so that a halt never skips it because another restore was still under way.
	 */
	void restore() {
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
