package dev.solo.engine.events;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * One execution of a unit in one child JVM: its status, what the child reported, what it
 * printed, and how the JVM ended.
 *
 * @param failure the exception to report for this attempt (the test's own, or Solo's account
 *        of a crash, timeout or leak)
 * @param leakedProcesses command lines of processes the test left running (killed by Solo)
 * @param leaked whether the JVM or its processes outlived the test
 * @param artifacts what the attempt left in its {@code SOLO_ARTIFACT_DIR}, kept after the run
 * @param memory what its JVM used of memory, as far as measured
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record Attempt(
		int number,
		int totalAttempts,
		AttemptStatus status,
		Duration duration,
		Optional<Throwable> failure,
		ChildReport report,
		CapturedOutput stdout,
		CapturedOutput stderr,
		Optional<String> threadDump,
		List<String> leakedProcesses,
		boolean leaked,
		long pid,
		Optional<Integer> exitCode,
		List<Duration> slowReports,
		List<Artifact> artifacts,
		MemoryUse memory) {

	public Attempt {
		artifacts = List.copyOf(artifacts);
	}

	/** An attempt whose memory nobody measured (a JVM that never started, a replayed record without it). */
	public Attempt(int number, int totalAttempts, AttemptStatus status, Duration duration, Optional<Throwable> failure,
			ChildReport report, CapturedOutput stdout, CapturedOutput stderr, Optional<String> threadDump,
			List<String> leakedProcesses, boolean leaked, long pid, Optional<Integer> exitCode,
			List<Duration> slowReports, List<Artifact> artifacts) {
		this(number, totalAttempts, status, duration, failure, report, stdout, stderr, threadDump, leakedProcesses,
				leaked, pid, exitCode, slowReports, artifacts, MemoryUse.UNKNOWN);
	}

	public boolean isFailure() {
		return status.isFailure();
	}
}
