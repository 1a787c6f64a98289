package dev.solo.engine.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * One {@code [scripts.setup.NAME]} or {@code [scripts.teardown.NAME]} of {@code .config/solo.toml},
 * checked: a command to run once per run, nextest's setup-script keys, and for a setup the
 * teardown that undoes it.
 *
 * @param command the program and its arguments ({@code command = "a b"} is split as a shell would);
 *        empty for a Java setup
 * @param className a Java setup's class ({@code class = "com.example.DbSetup"}), run in a JVM of its
 *        own on the test class path until its teardown; empty for a command
 * @param env variables the script runs with, on top of the host's
 * @param slowTimeout the period after which the script is slow; none: never slow, never timed out
 * @param terminateAfter periods after which it is terminated; 0: never
 * @param leakTimeout how long after the script ends the processes it started may take to end
 *        before they count as left running (a setup's are kept until its teardown)
 * @param junitStoreSuccessOutput {@code junit.store-success-output}: the JUnit XML keeps the output of a
 *        script that passed (nextest's default: no)
 * @param junitStoreFailureOutput {@code junit.store-failure-output}: and of one that failed (default: yes)
 * @param systemProperties {@code system-properties}: what a setup exports is also a system property of
 *        each test JVM it covers, as a Java setup's always is
 * @param teardown for a setup, the teardown script run after its last test; empty for a teardown
 * @param where {@code file:line} of the table
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record ScriptDefinition(String name, Kind kind, List<String> command, Optional<String> className,
		Map<String, String> env,
		Optional<Duration> slowTimeout, int terminateAfter, Duration gracePeriod, Duration leakTimeout,
		boolean captureStdout, boolean captureStderr, boolean junitStoreSuccessOutput,
		boolean junitStoreFailureOutput, boolean systemProperties, Optional<String> teardown, String where) {

	public enum Kind {
		SETUP, TEARDOWN;

		/** As the TOML names the table: {@code setup}, {@code teardown}. */
		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	public ScriptDefinition {
		command = List.copyOf(command);
		env = Map.copyOf(env);
	}

	/** What the script runs, as messages and events show it. */
	public List<String> shownCommand() {
		return className.map(c -> List.of("class", c)).orElse(command);
	}

	/** Whether the JUnit XML keeps the output of a run of this script that failed, or that did not. */
	public boolean junitStoresOutput(boolean failed) {
		return failed ? junitStoreFailureOutput : junitStoreSuccessOutput;
	}

	/** The time after which the script is terminated, if it ever is. */
	public Optional<Duration> terminateAfterTime() {
		return terminateAfter > 0 ? slowTimeout.map(period -> period.multipliedBy(terminateAfter)) : Optional.empty();
	}
}
