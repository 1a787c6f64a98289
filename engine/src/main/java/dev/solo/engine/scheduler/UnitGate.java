package dev.solo.engine.scheduler;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.discovery.ForkUnit;

import java.util.List;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * What must happen before a unit starts and after units end, for the scheduler to ask without
 * knowing what it is (setup and teardown scripts). Every method is called from the scheduler's
 * threads; implementations are thread-safe.
 */
@API(status = INTERNAL, since = "0.1")
public interface UnitGate {
	UnitGate NONE = new UnitGate() {
	};

	/** Whether {@code unit} could start now without waiting: its JVM may be started ahead of its turn. */
	default boolean ready(ForkUnit unit) {
		return true;
	}

	/**
	 * Runs, or waits for, what must run before {@code unit} starts; empty when it may start, else
	 * the reason it never will, and the run stops.
	 */
	default Optional<String> await(ForkUnit unit) throws InterruptedException {
		return Optional.empty();
	}

	/** {@code units} join a run under way (a stress run's next round); each will start or be said not to. */
	default void added(List<ForkUnit> units) {
	}

	/** {@code unit} has ended, or will never start. */
	default void ended(ForkUnit unit) {
	}

	/** The run is being cancelled: what runs for the gate stops. */
	default void cancel() {
	}

	/** Every unit has ended: what waits for the end runs, and is over when this returns. */
	default void runEnding() {
	}
}
