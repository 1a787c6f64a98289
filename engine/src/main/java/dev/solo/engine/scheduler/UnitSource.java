package dev.solo.engine.scheduler;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.discovery.ForkUnit;

import java.util.List;

import org.apiguardian.api.API;

/**
 * Units a run adds as it goes, asked for each time the queue runs empty while the run goes on: a
 * stress run for a time ({@code --stress-duration}) adds a round while its time lasts. Asked under
 * the scheduler's lock, so it must answer at once.
 */
@API(status = INTERNAL, since = "0.1")
@FunctionalInterface
public interface UnitSource {
	UnitSource NONE = () -> List.of();

	/** The units to queue next; empty when the run adds no more. */
	List<ForkUnit> next();
}
