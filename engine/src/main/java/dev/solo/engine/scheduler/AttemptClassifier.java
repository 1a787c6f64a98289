package dev.solo.engine.scheduler;

import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.CapturedOutput;
import dev.solo.engine.events.ChildReport;
import dev.solo.engine.failure.JvmDiedException;
import dev.solo.engine.failure.LeakException;
import dev.solo.engine.failure.TestTimeoutException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.opentest4j.TestAbortedException;

/**
 * Decides how an attempt ended from what the child reported and how its JVM ended. A unit
 * that reported no result is never a pass.
 */
final class AttemptClassifier {
	private static final int OUTPUT_TAIL_CHARS = 4_000;

	record Verdict(AttemptStatus status, Optional<Throwable> failure) {
	}

	/**
	 * The facts about one finished child.
	 *
	 * @param notRun why its JVM never ran the test, when known better than from its exit
	 * @param killedBy who likely sent the SIGKILL it died of, when Solo did not (the OOM killer)
	 */
	record Facts(UniqueId unitId, ChildReport report, boolean doneReceived, Optional<Integer> exitCode, long pid,
			Path directory,
			boolean timedOut, boolean cancelled, Duration elapsed, Duration timeoutAfter, Optional<String> threadDump,
			boolean leaked, List<String> leakedProcesses, boolean failOnLeak, CapturedOutput stdout,
			CapturedOutput stderr, Optional<String> notRun, Optional<String> killedBy) {
	}

	private AttemptClassifier() {
	}

	static Verdict classify(Facts facts) {
		Verdict verdict = reported(facts);
		if (facts.leaked() && facts.failOnLeak() && verdict.status() == AttemptStatus.PASSED) {
			return new Verdict(AttemptStatus.FAILED, Optional.of(new LeakException("LEAK: " + leakText(facts))));
		}
		return verdict;
	}

	private static Verdict reported(Facts facts) {
		if (facts.timedOut()) {
			return new Verdict(AttemptStatus.TIMED_OUT, Optional.of(new TestTimeoutException(String.format(
					"TIMEOUT: terminated after %s (slow-timeout × terminate-after = %s); threads of pid %d just before:%n%s",
					seconds(facts.elapsed()), seconds(facts.timeoutAfter()), facts.pid(),
					facts.threadDump().orElse("(the JVM did not answer the thread-dump request)")))));
		}
		if (facts.cancelled()) {
			return new Verdict(AttemptStatus.CANCELLED, Optional.of(new TestAbortedException("CANCEL: run cancelled")));
		}
		UniqueId id = facts.unitId();
		ChildReport report = facts.report();
		Optional<ChildReport.Skipped> skipped = report.skipped(id);
		if (skipped.isPresent()) {
			return new Verdict(AttemptStatus.SKIPPED, Optional.empty());
		}
		Optional<ChildReport.Finished> finished = report.finished(id);
		if (finished.isPresent()) {
			TestExecutionResult result = finished.get().result();
			if (!facts.doneReceived() && result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
				return crashed(facts, "after the test finished");
			}
			if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
				// A container unit (parameterized test, a class under class isolation) succeeds
				// as a container even when tests inside it fail: the unit fails with them.
				Optional<ChildReport.Finished> failedInside = firstFailureInside(id, report);
				if (failedInside.isPresent()) {
					return fromResult(failedInside.get().result());
				}
			}
			return fromResult(result);
		}
		Optional<ChildReport.Entry> ancestor = ancestorOutcome(id, report);
		if (ancestor.isPresent()) {
			if (ancestor.get() instanceof ChildReport.Skipped) {
				return new Verdict(AttemptStatus.SKIPPED, Optional.empty());
			}
			return fromResult(((ChildReport.Finished) ancestor.get()).result());
		}
		if (!facts.doneReceived()) {
			return crashed(facts, report.started(id) ? "before the test finished" : "before the test started");
		}
		return new Verdict(AttemptStatus.FAILED, Optional.of(new JvmDiedException(
				"the test JVM (pid " + facts.pid() + ") reported no result for " + id + output(facts))));
	}

	private static Verdict fromResult(TestExecutionResult result) {
		return switch (result.getStatus()) {
			case SUCCESSFUL -> new Verdict(AttemptStatus.PASSED, Optional.empty());
			case ABORTED -> new Verdict(AttemptStatus.ABORTED, result.getThrowable());
			case FAILED -> new Verdict(AttemptStatus.FAILED, result.getThrowable());
		};
	}

	private static Optional<ChildReport.Finished> firstFailureInside(UniqueId id, ChildReport report) {
		return report.entries().stream()
				.filter(e -> e instanceof ChildReport.Finished && !e.id().equals(id) && e.id().hasPrefix(id))
				.map(ChildReport.Finished.class::cast)
				.filter(f -> f.result().getStatus() == TestExecutionResult.Status.FAILED)
				.findFirst();
	}

	/** The first skipped or unsuccessful container above the unit: a class-level failure or skip. */
	private static Optional<ChildReport.Entry> ancestorOutcome(UniqueId id, ChildReport report) {
		return report.entries().stream()
				.filter(e -> !e.id().equals(id) && id.hasPrefix(e.id()))
				.filter(e -> e instanceof ChildReport.Skipped || (e instanceof ChildReport.Finished
						&& ((ChildReport.Finished) e).result().getStatus() != TestExecutionResult.Status.SUCCESSFUL))
				.findFirst();
	}

	private static Verdict crashed(Facts facts, String when) {
		StringBuilder message = new StringBuilder(facts.notRun()
				.orElseGet(() -> exitDescription(facts.exitCode()) + ' ' + when)).append(" (pid ").append(facts.pid())
				.append(')');
		facts.killedBy().ifPresent(who -> message.append("; ").append(who));
		// The JVM writes its crash log in its working directory, which is its module's, not the host's.
		Path crashLog = facts.directory().resolve("hs_err_pid" + facts.pid() + ".log");
		if (Files.exists(crashLog)) {
			message.append("; crash log: ").append(crashLog);
		}
		message.append(output(facts));
		return new Verdict(AttemptStatus.CRASHED, Optional.of(new JvmDiedException(message.toString())));
	}

	static String exitDescription(Optional<Integer> exitCode) {
		if (exitCode.isEmpty()) {
			return "JVM ended";
		}
		int code = exitCode.get();
		if (code > 128 && code < 128 + 32) {
			int signal = code - 128;
			return "JVM killed by signal " + signal + " (" + signalName(signal) + ", exit code " + code + ")";
		}
		return "JVM exited with code " + code;
	}

	static String signalName(int signal) {
		return switch (signal) {
			case 1 -> "SIGHUP";
			case 2 -> "SIGINT";
			case 3 -> "SIGQUIT";
			case 4 -> "SIGILL";
			case 6 -> "SIGABRT";
			case 7 -> "SIGBUS";
			case 8 -> "SIGFPE";
			case 9 -> "SIGKILL";
			case 11 -> "SIGSEGV";
			case 13 -> "SIGPIPE";
			case 15 -> "SIGTERM";
			default -> "signal " + signal;
		};
	}

	private static String output(Facts facts) {
		StringBuilder text = new StringBuilder();
		if (!facts.stderr().isEmpty()) {
			text.append("\n--- stderr (last lines) ---\n").append(facts.stderr().lastChars(OUTPUT_TAIL_CHARS));
		}
		if (!facts.stdout().isEmpty()) {
			text.append("\n--- stdout (last lines) ---\n").append(facts.stdout().lastChars(OUTPUT_TAIL_CHARS));
		}
		return text.toString();
	}

	private static String leakText(Facts facts) {
		return "the test left processes running after it finished (killed by Solo): "
				+ String.join("; ", facts.leakedProcesses());
	}

	static String seconds(Duration duration) {
		return String.format("%.3fs", duration.toMillis() / 1000.0);
	}
}
