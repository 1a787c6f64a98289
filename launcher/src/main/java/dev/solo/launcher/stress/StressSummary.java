package dev.solo.launcher.stress;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunEventSink;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apiguardian.api.API;

/**
 * Said after a stress run's summary line: per test, its runs, passes, failures and flaky runs, the
 * share that failed, its fastest and slowest run, and the first failing run's output; and how many
 * JVMs ran at once on how many test threads, since the point of running copies in parallel is to
 * keep every thread busy. Silent in a run that is not a stress run.
 */
@API(status = INTERNAL, since = "0.1")
public final class StressSummary implements RunEventSink {
	/** The first failure's output is for recognising it, not reading it whole. */
	static final int FAILURE_LINES = 20;
	private static final String GUTTER = "      Stress ";
	private static final String INDENT = "             ";

	private final PrintStream out;
	private final Map<String, TestRuns> tests = new LinkedHashMap<>();
	private int testThreads;
	private int running;
	private int mostAtOnce;

	public StressSummary(PrintStream out) {
		this.out = out;
	}

	@Override
	public synchronized void on(RunEvent event) {
		if (event instanceof RunEvent.RunStarted started) {
			testThreads = started.testThreads();
		}
		else if (event instanceof RunEvent.TestStarted started && started.attempt() == 1 && stressed(started.unit())) {
			running++;
			mostAtOnce = Math.max(mostAtOnce, running);
		}
		else if (event instanceof RunEvent.TestFinished finished && stressed(finished.unit())) {
			running--;
			of(finished.unit()).finished(finished.unit().stressIndex().orElseThrow(), finished.outcome());
		}
		else if (event instanceof RunEvent.TestNotRun notRun && stressed(notRun.unit())) {
			of(notRun.unit()).notRun();
		}
		else if (event instanceof RunEvent.RunFinished && !tests.isEmpty()) {
			lines().forEach(out::println);
			out.flush();
		}
	}

	/** Each test's runs, in the order the run first ended one of them. */
	public synchronized Collection<TestRuns> tests() {
		return List.copyOf(tests.values());
	}

	/** The most JVMs of the stress run that ran at once. */
	public synchronized int mostAtOnce() {
		return mostAtOnce;
	}

	private static boolean stressed(ForkUnit unit) {
		return unit.stressIndex().isPresent();
	}

	private TestRuns of(ForkUnit unit) {
		return tests.computeIfAbsent(unit.descriptor().getUniqueId().toString(), id -> new TestRuns(unit.name()));
	}

	List<String> lines() {
		List<String> lines = new ArrayList<>();
		lines.add(GUTTER + mostAtOnce + " of " + testThreads + " test threads busy at most");
		for (TestRuns test : tests.values()) {
			StringBuilder line = new StringBuilder(GUTTER).append(test.name()).append(": ")
					.append(test.runs()).append(test.runs() == 1 ? " run, " : " runs, ")
					.append(test.passed()).append(" passed, ").append(test.failed()).append(" failed, ")
					.append(test.flaky()).append(" flaky");
			if (test.notRunCount() > 0) {
				line.append(", ").append(test.notRunCount()).append(" not run");
			}
			line.append(String.format(Locale.ROOT, " (%.1f%% failing)", test.failureRate() * 100));
			if (test.fastest().isPresent()) {
				line.append("; fastest ").append(seconds(test.fastest().get())).append(", slowest ")
						.append(seconds(test.slowest().orElseThrow()));
			}
			lines.add(line.toString());
			if (test.firstFailure().isPresent()) {
				lines.add(INDENT + "first failure, run " + test.firstFailureIndex().orElseThrow() + ":");
				String[] output = test.firstFailure().get().split("\n", -1);
				int shown = Math.min(output.length, FAILURE_LINES);
				for (int i = 0; i < shown; i++) {
					if (i < output.length - 1 || !output[i].isEmpty()) {
						lines.add(INDENT + "  " + output[i]);
					}
				}
				if (output.length > FAILURE_LINES) {
					lines.add(INDENT + "  ... (" + (output.length - FAILURE_LINES) + " more lines)");
				}
			}
		}
		return lines;
	}

	private static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.3fs", duration.toNanos() / 1e9);
	}
}
