package dev.solo.engine.events;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * How one setup or teardown script ended.
 *
 * @param kind {@code setup} or {@code teardown}
 * @param command the program and arguments it ran
 * @param exitCode its exit code, when it exited on its own
 * @param message why it failed, one line; empty when it passed
 * @param stdout what it printed, when captured ({@code capture-stdout}); else empty
 * @param exported the names of the variables it wrote to {@code SOLO_ENV}
 * @param leftRunning the processes it started that still ran after its {@code leak-timeout}: a
 *        setup's are kept until its teardown, a teardown's are killed
 * @param junitOutput whether the JUnit XML keeps its output ({@code junit.store-success-output},
 *        {@code junit.store-failure-output})
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record ScriptOutcome(String name, String kind, List<String> command, Status status, Duration duration,
		Optional<Integer> exitCode, String message, CapturedOutput stdout, CapturedOutput stderr,
		List<String> exported, List<String> leftRunning, boolean junitOutput) {

	public enum Status {
		PASSED, FAILED, TIMED_OUT, CANCELLED;

		public boolean failed() {
			return this == FAILED || this == TIMED_OUT;
		}
	}

	public static final String SETUP = "setup";
	public static final String TEARDOWN = "teardown";

	public ScriptOutcome {
		command = List.copyOf(command);
		exported = List.copyOf(exported);
		leftRunning = List.copyOf(leftRunning);
	}

	/** An outcome whose output the JUnit XML keeps as nextest does by default: when it failed. */
	public ScriptOutcome(String name, String kind, List<String> command, Status status, Duration duration,
			Optional<Integer> exitCode, String message, CapturedOutput stdout, CapturedOutput stderr,
			List<String> exported, List<String> leftRunning) {
		this(name, kind, command, status, duration, exitCode, message, stdout, stderr, exported, leftRunning,
				status.failed());
	}

	public ScriptOutcome withJunitOutput(boolean kept) {
		return new ScriptOutcome(name, kind, command, status, duration, exitCode, message, stdout, stderr, exported,
				leftRunning, kept);
	}

	public boolean isSetup() {
		return kind.equals(SETUP);
	}
}
