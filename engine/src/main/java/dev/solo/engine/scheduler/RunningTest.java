package dev.solo.engine.scheduler;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * One test running at the moment of a status dump, as read: what a reporter prints of it.
 *
 * @param test the test as the progress line names it: {@code com.example.FooTest bar()}, after its module if any
 * @param slot the global slot its JVM runs in
 * @param lastLines the last lines its JVM printed, stdout and stderr together
 * @param threadDump its JVM's threads, taken on the spot
 * @param noThreadDump why there is no thread dump; empty when there is one
 */
@API(status = INTERNAL, since = "0.1")
public record RunningTest(String test, int slot, long pid, int attempt, int totalAttempts, Duration elapsed,
		List<String> lastLines, Optional<String> threadDump, String noThreadDump) {
	public RunningTest {
		lastLines = List.copyOf(lastLines);
	}
}
