package dev.solo.launcher.stress;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.discovery.StressIndex;
import dev.solo.engine.events.Attempt;
import dev.solo.engine.events.TestOutcome;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * What the runs of one test in a stress run came to: how many, how they ended, the fastest and
 * the slowest, and the first that failed with what it said. A run that passed on a retry is
 * flaky; the failure rate counts every run that failed at least once.
 */
@API(status = INTERNAL, since = "0.1")
public final class TestRuns {
	private final String name;
	private int runs;
	private int passed;
	private int failed;
	private int flaky;
	private int notRun;
	private Duration fastest;
	private Duration slowest;
	private StressIndex firstFailureIndex;
	private String firstFailure;

	TestRuns(String name) {
		this.name = name;
	}

	void finished(StressIndex index, TestOutcome outcome) {
		runs++;
		if (outcome.isFailure()) {
			failed++;
		}
		else if (outcome.isFlaky()) {
			flaky++;
		}
		else {
			passed++;
		}
		Duration took = outcome.last().duration();
		fastest = fastest == null || took.compareTo(fastest) < 0 ? took : fastest;
		slowest = slowest == null || took.compareTo(slowest) > 0 ? took : slowest;
		if (firstFailure == null) {
			outcome.attempts().stream().filter(Attempt::isFailure).findFirst().ifPresent(attempt -> {
				firstFailureIndex = index;
				firstFailure = output(attempt);
			});
		}
	}

	void notRun() {
		notRun++;
	}

	public String name() {
		return name;
	}

	public int runs() {
		return runs;
	}

	public int passed() {
		return passed;
	}

	public int failed() {
		return failed;
	}

	public int flaky() {
		return flaky;
	}

	public int notRunCount() {
		return notRun;
	}

	/** The share of runs that failed at least once (failed, or flaky): 0 to 1. */
	public double failureRate() {
		return runs == 0 ? 0 : (double) (failed + flaky) / runs;
	}

	public Optional<Duration> fastest() {
		return Optional.ofNullable(fastest);
	}

	public Optional<Duration> slowest() {
		return Optional.ofNullable(slowest);
	}

	/** Which run failed first, in the order runs ended. */
	public Optional<StressIndex> firstFailureIndex() {
		return Optional.ofNullable(firstFailureIndex);
	}

	/** What the first failing run said: its failure, then its output. */
	public Optional<String> firstFailure() {
		return Optional.ofNullable(firstFailure);
	}

	private static String output(Attempt attempt) {
		StringBuilder text = new StringBuilder();
		attempt.failure().ifPresent(failure -> {
			StringWriter trace = new StringWriter();
			failure.printStackTrace(new PrintWriter(trace));
			text.append(trace);
		});
		if (!attempt.stdout().isEmpty()) {
			text.append("--- STDOUT ---\n").append(attempt.stdout().text());
		}
		if (!attempt.stderr().isEmpty()) {
			text.append(text.length() > 0 && text.charAt(text.length() - 1) != '\n' ? "\n" : "")
					.append("--- STDERR ---\n").append(attempt.stderr().text());
		}
		return text.toString();
	}
}
