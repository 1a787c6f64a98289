package dev.solo.engine.replay;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.RunEventSink;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * What a host's JUnit listener hears of a stress run: each test once, when all its runs are over,
 * as its first failing run went (else as its first run went), so that a stress run in a build
 * fails the build when any run failed. A JUnit tree has each test once and a host cannot hear a
 * test start twice; every run reaches Solo's own sinks (the terminal, the reports, the record).
 * A test's runs are not replayed live; everything else passes through as it comes.
 */
@API(status = INTERNAL, since = "0.1")
public final class StressFold implements RunEventSink {
	private final RunEventSink next;
	/** Each stressed test's runs so far, by unique id, until told to the host. */
	private final Map<String, Fold> folds = new LinkedHashMap<>();

	public StressFold(RunEventSink next) {
		this.next = next;
	}

	@Override
	public synchronized void on(RunEvent event) {
		if (event instanceof RunEvent.RunStarted started) {
			for (ForkUnit unit : started.units()) {
				if (unit.stressIndex().filter(index -> index.index() == 1).isPresent()) {
					folds.put(id(unit), new Fold(unit));
				}
			}
			next.on(new RunEvent.RunStarted(started.runId(), started.profile(),
					started.units().stream().filter(unit -> unit.stressIndex().map(i -> i.index() == 1).orElse(true))
							.toList(), started.testThreads(), started.skipped(), started.rerun()));
			return;
		}
		if (event instanceof RunEvent.RunFinished) {
			folds.values().forEach(this::tell);
			folds.clear();
			next.on(event);
			return;
		}
		Optional<ForkUnit> unit = unitOf(event);
		if (unit.isEmpty() || unit.get().stressIndex().isEmpty()) {
			next.on(event);
			return;
		}
		Fold fold = folds.get(id(unit.get()));
		if (fold == null) {
			return;
		}
		if (event instanceof RunEvent.TestFinished finished) {
			fold.ended++;
			if (fold.shown == null || !fold.shown.outcome().isFailure() && finished.outcome().isFailure()) {
				fold.shown = finished;
			}
		}
		else if (event instanceof RunEvent.TestNotRun notRun) {
			fold.ended++;
			fold.notRun = notRun;
		}
		else {
			return;
		}
		if (fold.first.stressIndex().orElseThrow().count().orElse(Integer.MAX_VALUE) == fold.ended) {
			tell(fold);
			folds.remove(id(fold.first));
		}
	}

	/** The test as its chosen run went, told as its first run: the unit the host's tree was given. */
	private void tell(Fold fold) {
		if (fold.shown != null) {
			next.on(new RunEvent.TestFinished(fold.first, fold.shown.outcome(), fold.shown.tests()));
		}
		else if (fold.notRun != null) {
			next.on(new RunEvent.TestNotRun(fold.first, fold.notRun.reason()));
		}
	}

	private static String id(ForkUnit unit) {
		return unit.descriptor().getUniqueId().toString();
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

	/** One stressed test's runs: its first copy, how many runs ended, the one to show. */
	private static final class Fold {
		final ForkUnit first;
		int ended;
		RunEvent.TestFinished shown;
		RunEvent.TestNotRun notRun;

		Fold(ForkUnit first) {
			this.first = first;
		}
	}
}
