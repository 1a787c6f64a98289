package dev.solo.launcher.replay;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a replay goes on a terminal: through {@code $SOLO_PAGER}, else {@code $PAGER}, else
 * {@code less -FRX} (which quits when it all fits on one screen, keeps colours, and leaves the
 * text on the screen after). A variable set empty turns paging off; a pager that cannot start
 * leaves the text on stdout.
 */
final class Pager implements AutoCloseable {
	static final List<String> DEFAULT = List.of("less", "-FRX");

	private final Process process;
	private final PrintStream out;

	private Pager(Process process, PrintStream out) {
		this.process = process;
		this.out = out;
	}

	/** The pager's command line as {@code environment} names it; empty when paging is turned off. */
	static Optional<List<String>> command(Map<String, String> environment) {
		for (String variable : List.of("SOLO_PAGER", "PAGER")) {
			String value = environment.get(variable);
			if (value != null) {
				// As git reads PAGER: a command and its words, split on blanks; no shell in between.
				List<String> words = Arrays.stream(value.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
				return words.isEmpty() ? Optional.empty() : Optional.of(words);
			}
		}
		return Optional.of(DEFAULT);
	}

	/** The pager started on {@code command}, reading what is printed to {@link #out()}; empty if it cannot start. */
	static Optional<Pager> start(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.INHERIT)
					.redirectError(ProcessBuilder.Redirect.INHERIT).start();
			return Optional.of(new Pager(process, new PrintStream(process.getOutputStream(), false,
					Charset.defaultCharset())));
		}
		catch (IOException e) {
			return Optional.empty();
		}
	}

	PrintStream out() {
		return out;
	}

	/** Ends the text and waits for the reader to quit the pager: the shell's prompt must not come back under it. */
	@Override
	public void close() {
		out.close();
		try {
			process.waitFor();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
