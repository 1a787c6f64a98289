package dev.solo.launcher.terminal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.Console;
import java.io.IOException;
import java.util.Optional;

import org.apiguardian.api.API;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.Curses;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.OSUtils;
import org.jline.utils.Signals;

/**
 * The interactive terminal stdout is, as JLine reads it: its width, kept current on SIGWINCH,
 * whether it shows colours, and the escape that clears to the end of a line. Everything is still
 * written to stdout by the caller; JLine only answers what the terminal can do.
 */
@API(status = INTERNAL, since = "0.1")
public final class Tty implements AutoCloseable {
	private static final int DEFAULT_WIDTH = 80;

	private final Terminal terminal;
	private final String clearToEnd;
	private final Object resizeHandler;
	private volatile int width;

	private Tty(Terminal terminal, String clearToEnd) {
		this.terminal = terminal;
		this.clearToEnd = clearToEnd;
		this.width = measure(terminal);
		this.resizeHandler = Signals.register("WINCH", () -> width = measure(terminal));
	}

	/** The terminal on stdout, if stdout is one that can redraw a line; empty in a pipe, a file, or on {@code TERM=dumb}. */
	static Optional<Tty> open() {
		if (!interactive()) {
			return Optional.empty();
		}
		Terminal terminal;
		try {
			// The exec provider asks stty; JNI and FFM would make Java 22+ warn about native access on
			// every run. nativeSignals(false): JLine would otherwise reset SIGINT to the OS default,
			// which kills the JVM without the shutdown hooks that stop the test JVMs.
			boolean windows = OSUtils.IS_WINDOWS;
			terminal = TerminalBuilder.builder().system(true).systemOutput(TerminalBuilder.SystemOutput.SysOut)
					.exec(!windows).jni(windows).ffm(false).jna(false).jansi(false)
					.nativeSignals(false).dumb(true).build();
		}
		catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
		Optional<Tty> tty = on(terminal);
		if (tty.isEmpty()) {
			close(terminal);
		}
		return tty;
	}

	/** {@code terminal}, if it can clear a line: a dumb one cannot. */
	static Optional<Tty> on(Terminal terminal) {
		String clear = terminal.getStringCapability(Capability.clr_eol);
		if (terminal.getType().startsWith(Terminal.TYPE_DUMB) || clear == null) {
			return Optional.empty();
		}
		return Optional.of(new Tty(terminal, Curses.tputs(clear)));
	}

	/**
	 * Whether stdin and stdout are a terminal, asked of the JDK first: JLine's own probing of a
	 * pipe loads its native library, which Java 22+ warns about.
	 */
	public static boolean interactive() {
		Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
		}
		catch (ReflectiveOperationException e) {
			return true; // before Java 22 there is a console only when both are a terminal
		}
	}

	int width() {
		return width;
	}

	/** Reads the {@code t} key from this terminal (stdin, a terminal too) until the handle is closed. */
	Optional<StatusKey> statusKey(Runnable action) {
		return StatusKey.start(terminal, action);
	}

	boolean colours() {
		Integer colours = terminal.getNumericCapability(Capability.max_colors);
		return colours != null && colours >= 8;
	}

	String clearToEnd() {
		return clearToEnd;
	}

	@Override
	public void close() {
		Signals.unregister("WINCH", resizeHandler);
		close(terminal);
	}

	/** A pseudo-terminal may report no size at all ({@code script … /dev/null}): then $COLUMNS, then 80. */
	private static int measure(Terminal terminal) {
		int columns = terminal.getWidth();
		if (columns > 0) {
			return columns;
		}
		try {
			return Math.max(1, Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "")));
		}
		catch (NumberFormatException e) {
			return DEFAULT_WIDTH;
		}
	}

	private static void close(Terminal terminal) {
		try {
			terminal.close();
		}
		catch (IOException e) {
			// the run's output is done by now; a terminal that will not close changes nothing
		}
	}
}
