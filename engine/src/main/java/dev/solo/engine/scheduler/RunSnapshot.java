package dev.solo.engine.scheduler;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.util.List;

import org.apiguardian.api.API;

/**
 * A run under way, at one moment: how far it got and the tests running then, by slot.
 *
 * @param done tests that ended (passed, failed, skipped or not run)
 * @param total every test the run is to run
 */
@API(status = INTERNAL, since = "0.1")
public record RunSnapshot(int done, int total, Duration elapsed, List<RunningTest> running) {
	public RunSnapshot {
		running = List.copyOf(running);
	}
}
