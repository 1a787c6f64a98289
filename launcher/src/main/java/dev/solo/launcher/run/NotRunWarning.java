package dev.solo.launcher.run;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunEventSink;
import dev.solo.engine.events.RunStats;

import java.io.PrintStream;

import org.apiguardian.api.API;

/**
 * nextest's closing warning for tests fail-fast (or {@code --max-fail}) held back:
 * {@code warning: 3/10 tests were not run due to test failure (run with --no-fail-fast …)}.
 * A signal's cancellation has its own ({@link SignalCancellation}); a run that ran out of its
 * global timeout gets the same line, worded for that.
 */
@API(status = INTERNAL, since = "0.1")
public final class NotRunWarning implements RunEventSink {
	private int heldBack;
	private int cancelled;

	@Override
	public void on(RunEvent event) {
		if (event instanceof RunEvent.TestNotRun notRun) {
			if (RunEvent.TestNotRun.AFTER_FAILURE.equals(notRun.reason())) {
				heldBack++;
			}
			else {
				cancelled++;
			}
		}
	}

	/** Prints the warning, if any test was held back, to {@code err} (stderr: a JSON run's stdout is its events). */
	public void warn(RunStats stats, PrintStream err) {
		if (heldBack > 0) {
			err.println("warning: " + heldBack + "/" + stats.initialCount() + (heldBack == 1 ? " test was" : " tests were")
					+ " not run due to test failure (run with --no-fail-fast to run all tests, or run with --max-fail)");
		}
		else if (cancelled > 0) {
			err.println("warning: " + cancelled + "/" + stats.initialCount()
					+ (cancelled == 1 ? " test was" : " tests were") + " not run: the run was cancelled");
		}
	}
}
