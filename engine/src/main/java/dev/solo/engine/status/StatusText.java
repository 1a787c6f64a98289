package dev.solo.engine.status;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.scheduler.RunSnapshot;
import dev.solo.engine.scheduler.RunningTest;

import java.time.Duration;
import java.util.Locale;

import org.apiguardian.api.API;

/**
 * A status dump as text: {@code solo: status: 2 running, 5 of 9 done, elapsed 12.345s}, then per
 * running test {@code     RUNNING [slot 0] com.example.FooTest bar() pid 4242 attempt 1/1 [  3.012s]},
 * its last output lines and its thread dump, indented under it.
 */
@API(status = INTERNAL, since = "0.1")
public final class StatusText {
	private static final String BLOCK = "    ";
	private static final String INNER = "        ";
	private static final String NL = System.lineSeparator();

	private StatusText() {
	}

	public static String of(RunSnapshot run) {
		StringBuilder text = new StringBuilder("solo: status: ").append(run.running().size()).append(" running, ")
				.append(run.done()).append(" of ").append(run.total()).append(" done, elapsed ")
				.append(seconds(run.elapsed())).append(NL);
		for (RunningTest test : run.running()) {
			text.append(BLOCK).append("RUNNING [slot ").append(test.slot()).append("] ").append(test.test())
					.append(" pid ").append(test.pid()).append(" attempt ").append(test.attempt()).append('/')
					.append(test.totalAttempts()).append(" [").append(padded(seconds(test.elapsed()), 8)).append(']')
					.append(NL);
			if (test.lastLines().isEmpty()) {
				text.append(INNER).append("(no output yet)").append(NL);
			}
			else {
				text.append(INNER).append("last output:").append(NL);
				test.lastLines().forEach(line -> text.append(INNER).append("  ").append(line).append(NL));
			}
			if (test.threadDump().isPresent()) {
				text.append(INNER).append("thread dump:").append(NL);
				test.threadDump().get().lines()
						.forEach(line -> text.append(line.isEmpty() ? "" : INNER + "  " + line).append(NL));
			}
			else {
				text.append(INNER).append("no thread dump: ").append(test.noThreadDump()).append(NL);
			}
		}
		return text.toString();
	}

	/** When no run is under way in a JVM that was asked. */
	public static String idle() {
		return "solo: status: no run under way" + NL;
	}

	static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.3fs", duration.toNanos() / 1e9);
	}

	private static String padded(String text, int width) {
		return " ".repeat(Math.max(0, width - text.length())) + text;
	}
}
