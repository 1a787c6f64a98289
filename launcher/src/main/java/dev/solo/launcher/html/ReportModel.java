package dev.solo.launcher.html;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.apiguardian.api.API;

/**
 * What a report shows of one run: its tests in queue order, each with its attempts placed on
 * the run's timeline. Plain values, read from live events or a record alike.
 *
 * @param timesEstimated the record kept no times (an older Solo's): attempts are laid end to end in event order
 */
@API(status = INTERNAL, since = "0.1")
public record ReportModel(String runId, String profile, int testThreads, long startedEpochMs, long elapsedMs,
		boolean cancelled, boolean timesEstimated, List<Test> tests, Counts counts) {

	public ReportModel {
		tests = List.copyOf(tests);
	}

	/** How many lanes the timeline has: the most test JVMs that ran at once. */
	public int lanes() {
		return tests.stream().flatMap(t -> t.attempts().stream()).mapToInt(a -> a.lane() + 1).max().orElse(0);
	}

	/**
	 * One unit, one row of the tables.
	 *
	 * @param status {@code passed}, {@code failed}, {@code flaky}, {@code skipped} or {@code not-run}
	 * @param reason why it was skipped or not run
	 * @param results its JUnit tests (a parameterized test's invocations, a class run whole's
	 *        methods), which the counts count: a unit is what one JVM runs, not a test
	 */
	public record Test(String id, String className, String name, Optional<String> module, String status,
			Optional<String> reason, List<Bar> attempts, Results results) {

		public Test {
			attempts = List.copyOf(attempts);
		}
	}

	/** How a unit's JUnit tests ended; {@code flaky} are among {@code passed}, as the summary line has them. */
	public record Results(int passed, int failed, int skipped, int notRun, int flaky) {
		public int total() {
			return passed + failed + skipped + notRun;
		}
	}

	/**
	 * One attempt: one test JVM, a bar on lane {@code lane} from {@code startMs} to {@code endMs}
	 * after the run's start.
	 *
	 * @param status the attempt's status in lower case, {@code timed_out} as {@code timed-out}
	 * @param slow whether it ran past a {@code slow-timeout} period
	 * @param peakMemoryBytes the JVM's peak resident set, where it was measured (Linux); the page
	 *        shows a column and a colouring for it as soon as one attempt has it
	 */
	public record Bar(int number, int total, String status, long startMs, long endMs, long durationMs, int lane,
			boolean slow, String output, Optional<String> failure, OptionalLong peakMemoryBytes) {
	}

	/** The run's totals in JUnit tests, as its summary line counts them ({@code N tests run: …}). */
	public record Counts(int total, int ran, int passed, int failed, int flaky, int skipped, int notRun,
			int timedOut) {
	}
}
