package dev.solo.launcher.terminal;

import java.time.Duration;

import org.jline.utils.AttributedString;

/**
 * nextest's progress line, {@code     Running [00:00:12] [=====>   ] 293/296: 3 running, 290
 * passed, 1 skipped}, rendered for a terminal width from the run's {@link Tally}. The graphic
 * takes what room the text leaves and goes first when the terminal is narrow. Once a test runs
 * past the slow timeout, the line ends with the longest-running one: {@code ; slowest
 * com.example.FooTest bar() [>75.012s]}.
 */
final class ProgressBar {
	/** Narrower than this, a bar says too little to be worth the room. */
	private static final int MIN_GRAPHIC = 5;

	private final Tally tally;
	private final Style style;

	ProgressBar(Tally tally, Style style) {
		this.tally = tally;
		this.style = style;
	}

	/** The line, at most {@code width - 1} columns: writing the last column would wrap on some terminals. */
	String render(int width, Duration elapsed) {
		return render(width, elapsed, System.nanoTime());
	}

	String render(int width, Duration elapsed, long nowNanos) {
		String prefix = StatusLine.gutter(tally.failed() > 0 ? style.red("Running") : style.green("Running"))
				+ " [" + StatusLine.clock(elapsed) + "] ";
		String digits = String.valueOf(tally.total());
		String position = " ".repeat(Math.max(0, digits.length() - String.valueOf(tally.done()).length()))
				+ tally.done() + "/" + digits + ": " + counts() + slowest(nowNanos);
		int room = width - 1 - columns(prefix) - columns(position) - 3;
		String graphic = room >= MIN_GRAPHIC ? graphic(room) + " " : "";
		return fit(prefix + graphic + position, width - 1);
	}

	private String graphic(int inside) {
		int filled = tally.total() == 0 ? inside : (int) ((long) inside * tally.done() / tally.total());
		String bar = filled >= inside ? "=".repeat(inside) : "=".repeat(filled) + ">" + " ".repeat(inside - filled - 1);
		return "[" + style.cyan(bar) + "]";
	}

	/** nextest's counts: running, passed (flaky, leaky), failed (timed out), skipped, and what never ran. */
	private String counts() {
		StringBuilder text = new StringBuilder();
		text.append(style.bold(String.valueOf(tally.running()))).append(" running, ");
		text.append(style.bold(String.valueOf(tally.passed()))).append(' ').append(style.green("passed"));
		if (tally.flaky() > 0 || tally.leaky() > 0) {
			text.append(" (");
			if (tally.flaky() > 0) {
				text.append(style.bold(String.valueOf(tally.flaky()))).append(' ').append(style.magenta("flaky"));
			}
			if (tally.leaky() > 0) {
				text.append(tally.flaky() > 0 ? ", " : "").append(style.bold(String.valueOf(tally.leaky()))).append(' ')
						.append(style.yellow("leaky"));
			}
			text.append(')');
		}
		if (tally.failed() > 0) {
			text.append(", ").append(style.bold(String.valueOf(tally.failed()))).append(' ').append(style.red("failed"));
		}
		if (tally.timedOut() > 0) {
			text.append(", ").append(style.bold(String.valueOf(tally.timedOut()))).append(' ')
					.append(style.red("timed out"));
		}
		text.append(", ").append(style.bold(String.valueOf(tally.skipped()))).append(' ').append(style.yellow("skipped"));
		if (tally.notRun() > 0) {
			text.append(", ").append(style.bold(String.valueOf(tally.notRun()))).append(' ').append(style.yellow("not run"));
		}
		return text.toString();
	}

	/** Once a test runs past the slow timeout, the longest-running such test and how long it has run. */
	private String slowest(long nowNanos) {
		return tally.slowest().map(slow -> "; " + style.yellow("slowest") + " " + slow.name() + " "
				+ StatusLine.atLeast(slow.elapsed(nowNanos)).replace(" ", "")).orElse("");
	}

	private static int columns(String styled) {
		return AttributedString.fromAnsi(styled).columnLength();
	}

	/** Cut to {@code width} columns, colour codes kept whole; the colour is reset after a cut. */
	private static String fit(String styled, int width) {
		AttributedString line = AttributedString.fromAnsi(styled);
		if (line.columnLength() <= width) {
			return styled;
		}
		return line.columnSubSequence(0, Math.max(0, width)).toAnsi();
	}
}
