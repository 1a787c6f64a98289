package dev.solo.engine.replay;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunEventSink;

import java.util.Optional;

import org.apiguardian.api.API;

/**
 * What a host's JUnit listener hears of a stress run: each test once, as its first run went. A
 * JUnit tree has each test once, and a host cannot hear a test start twice; the other runs reach
 * Solo's own sinks (the terminal, the reports, the record), and count in the run's result.
 */
@API(status = INTERNAL, since = "0.1")
public final class FirstStressRun implements RunEventSink {
	private final RunEventSink next;

	public FirstStressRun(RunEventSink next) {
		this.next = next;
	}

	@Override
	public void on(RunEvent event) {
		if (event instanceof RunEvent.RunStarted started) {
			next.on(new RunEvent.RunStarted(started.runId(), started.profile(),
					started.units().stream().filter(FirstStressRun::heard).toList(), started.testThreads(),
					started.skipped().stream().filter(s -> heard(s.unit())).toList(), started.rerun()));
			return;
		}
		if (unitOf(event).map(FirstStressRun::heard).orElse(true)) {
			next.on(event);
		}
	}

	private static boolean heard(ForkUnit unit) {
		return unit.stressIndex().map(index -> index.index() == 1).orElse(true);
	}

	private static Optional<ForkUnit> unitOf(RunEvent event) {
		if (event instanceof RunEvent.TestStarted e) {
			return Optional.of(e.unit());
		}
		if (event instanceof RunEvent.ChildReported e) {
			return Optional.of(e.unit());
		}
		if (event instanceof RunEvent.TestSlow e) {
			return Optional.of(e.unit());
		}
		if (event instanceof RunEvent.AttemptFinished e) {
			return Optional.of(e.unit());
		}
		if (event instanceof RunEvent.TestRetrying e) {
			return Optional.of(e.unit());
		}
		if (event instanceof RunEvent.TestFinished e) {
			return Optional.of(e.unit());
		}
		if (event instanceof RunEvent.TestNotRun e) {
			return Optional.of(e.unit());
		}
		return Optional.empty();
	}
}
