package dev.solo.launcher.terminal;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.discovery.SoloIds;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.Rerun;
import dev.solo.engine.events.TestResult;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;

/**
 * The pieces of nextest's line layout: a status word right-aligned in a 12-column gutter, a
 * duration in brackets, the test's name. Text only; colour is the caller's.
 */
final class StatusLine {
	private static final int GUTTER = 12;

	private StatusLine() {
	}

	/** Right-aligns a status word in the gutter, ignoring colour codes. */
	static String gutter(String word) {
		int visible = word.replaceAll("\u001b\\[[0-9;]*m", "").length();
		return " ".repeat(Math.max(0, GUTTER - visible)) + word;
	}

	/** {@code [   0.412s]}: nextest's nine columns for a test's time. */
	static String bracketed(Duration duration) {
		return "[" + seconds(duration, 9) + "]";
	}

	/** {@code [> 60.000s]}: a time still running. */
	static String atLeast(Duration duration) {
		return "[>" + seconds(duration, 8) + "]";
	}

	static String seconds(Duration duration, int width) {
		String text = String.format(Locale.ROOT, "%.3fs", duration.toNanos() / 1e9);
		return " ".repeat(Math.max(0, width - text.length())) + text;
	}

	/** {@code 00:00:12}, the progress bar's clock. */
	static String clock(Duration elapsed) {
		long seconds = elapsed.toSeconds();
		return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
	}

	/** nextest's binary id, then the test: {@code core com.example.MathTest add()}; no module in a class-path run. */
	static String name(ForkUnit unit) {
		return stress(unit) + SoloIds.moduleOf(unit.descriptor().getUniqueId()).map(m -> m + " ").orElse("")
				+ unit.name().replace('#', ' ');
	}

	/** A stress run's copy says which run it is first, as nextest's do: {@code [3/50] }. */
	private static String stress(ForkUnit unit) {
		return unit.stressIndex().map(index -> "[" + index + "] ").orElse("");
	}

	/** One test of a unit, named after its unit's module: {@code app com.example.MathTest positive(int)[1]}. */
	static String name(ForkUnit unit, TestResult test) {
		return stress(unit) + SoloIds.moduleOf(unit.descriptor().getUniqueId()).map(m -> m + " ").orElse("")
				+ test.name().replace('#', ' ');
	}

	/** A test a rerun still owes, named as a unit is: its module, from its unique id, then its name. */
	static String name(Rerun.Outstanding test) {
		String module;
		try {
			module = SoloIds.moduleOf(UniqueId.parse(test.uniqueId())).map(m -> m + " ").orElse("");
		}
		catch (RuntimeException e) {
			module = ""; // a record written by another Solo: its name still says which test
		}
		return module + test.name().replace('#', ' ');
	}

	/** {@code 1 test}, {@code 2 tests}. */
	static String count(long n, String noun) {
		return n + " " + noun + (n == 1 ? "" : noun.endsWith("s") ? "es" : "s");
	}

	/** The status word of one attempt, as nextest words it. */
	static String word(Attempt attempt) {
		return switch (attempt.status()) {
			case PASSED -> "PASS";
			case FAILED -> "FAIL";
			case ABORTED, SKIPPED -> "SKIP";
			case TIMED_OUT -> "TIMEOUT";
			// nextest: a test that exits with a code fails; one killed by a signal aborts.
			case CRASHED -> attempt.exitCode().filter(c -> c > 128 && c < 160).isPresent() ? "ABORT" : "FAIL";
			case CANCELLED -> "CANCEL";
		};
	}

	/** How a dead JVM ended ("JVM exited with code 3"), without Solo's account of when. */
	static String exitReason(Attempt attempt) {
		String message = attempt.failure().map(Throwable::getMessage).map(StatusLine::firstLine).orElse("");
		int cut = message.indexOf(" before ");
		if (cut < 0) {
			cut = message.indexOf(" after ");
		}
		return cut < 0 ? message : message.substring(0, cut);
	}

	/** The class a unit's tests belong to, for "across M classes". */
	static String className(ForkUnit unit) {
		for (Optional<TestDescriptor> d = Optional.of(unit.descriptor()); d.isPresent(); d = d.get().getParent()) {
			if (d.get().getSource().orElse(null) instanceof ClassSource cls) {
				return cls.getClassName();
			}
		}
		return unit.name();
	}

	private static String firstLine(String text) {
		int newline = text.indexOf('\n');
		return newline < 0 ? text : text.substring(0, newline);
	}
}
