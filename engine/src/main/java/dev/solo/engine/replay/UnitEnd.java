package dev.solo.engine.replay;

import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.ChildReport;
import dev.solo.engine.events.TestOutcome;

import dev.solo.engine.events.CapturedOutput;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * What only the unit's end can tell the host: Solo's report entries (earlier attempts, slowness,
 * leaks) and the result that covers every attempt and how its JVM ended.
 */
final class UnitEnd {

	/** Earlier attempts, slowness and leaks become report entries: the host has no words for them; artifacts, file entries. */
	static void publishSoloEntries(EngineExecutionListener listener, TestDescriptor descriptor, TestOutcome outcome) {
		List<Attempt> attempts = outcome.attempts();
		for (Attempt attempt : attempts) {
			for (java.time.Duration slow : attempt.slowReports()) {
				listener.reportingEntryPublished(descriptor, ReportEntry.from("solo.slow",
						"SLOW: still running after " + seconds(slow) + " (attempt " + attempt.number() + ")"));
			}
		}
		for (Attempt earlier : attempts.subList(0, attempts.size() - 1)) {
			listener.reportingEntryPublished(descriptor, ReportEntry.from("solo.attempt." + earlier.number(),
					"TRY " + earlier.number() + " " + earlier.status() + " [" + seconds(earlier.duration()) + "]"
							+ earlier.failure().map(f -> ": " + f).orElse("")));
		}
		if (outcome.isFlaky()) {
			listener.reportingEntryPublished(descriptor, ReportEntry.from("solo.flaky",
					"FLAKY: passed on attempt " + outcome.last().number() + " of " + outcome.last().totalAttempts()));
		}
		for (Attempt attempt : attempts) {
			// Where the host keeps files (Surefire's and Jenkins' attachments, an IDE's link) they are the test's.
			attempt.artifacts().forEach(a -> FileEntries.publish(listener, descriptor, a.path(), null));
		}
		Attempt last = outcome.last();
		if (last.leaked()) {
			listener.reportingEntryPublished(descriptor,
					ReportEntry.from("solo.leak", "LEAK: " + String.join("; ", last.leakedProcesses())));
		}
	}

	static TestExecutionResult finalResult(TestOutcome outcome, Optional<ChildReport.Finished> reported) {
		Attempt last = outcome.last();
		if (outcome.isFlaky() && outcome.flakyFails()) {
			return TestExecutionResult.failed(new AssertionError("FLAKY: failed " + (outcome.attempts().size() - 1)
					+ " time(s) before passing, and flaky-result = fail"));
		}
		if (last.status() == AttemptStatus.CANCELLED) {
			return TestExecutionResult.aborted(last.failure().orElse(null));
		}
		if (last.status() == AttemptStatus.PASSED) {
			return TestExecutionResult.successful();
		}
		if (reported.isPresent() && reported.get().result().getStatus() == TestExecutionResult.Status.SUCCESSFUL
				&& !last.status().equals(AttemptStatus.CRASHED)) {
			// A container whose tests failed: the failures are reported on those tests.
			return reported.get().result();
		}
		if (reported.isPresent() && last.failure().isPresent()
				&& reported.get().result().getThrowable().orElse(null) == last.failure().get()) {
			return reported.get().result();
		}
		if (last.status() == AttemptStatus.ABORTED) {
			return TestExecutionResult.aborted(last.failure().orElse(null));
		}
		return TestExecutionResult.failed(last.failure().orElse(null));
	}

	static String seconds(java.time.Duration duration) {
		return String.format("%.3fs", duration.toMillis() / 1000.0);
	}

	private UnitEnd() {
	}

	/** The unit's output on the host's streams: printed just before its finish, so that Surefire files it with it. */
	static void printOutput(Attempt attempt, JvmWarnings warnings) {
		write(System.out, warnings.withoutRepeats(attempt.stdout()));
		write(System.err, warnings.withoutRepeats(attempt.stderr()));
	}

	private static void write(PrintStream stream, CapturedOutput output) {
		if (output.isEmpty()) {
			return;
		}
		stream.write(output.head(), 0, output.head().length);
		if (output.droppedBytes() > 0) {
			stream.print("\n[solo: " + output.droppedBytes() + " bytes of output cut]\n");
		}
		stream.write(output.tail(), 0, output.tail().length);
		stream.flush();
	}
}
