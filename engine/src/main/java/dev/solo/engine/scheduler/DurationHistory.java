package dev.solo.engine.scheduler;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.discovery.ForkUnit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

import org.apiguardian.api.API;

/**
 * Orders a run so that its long poles start first: tests never seen before go first (in
 * discovery order, they may be long), then known tests longest first. What is known comes
 * from the recorded runs of the workspace.
 */
@API(status = INTERNAL, since = "0.1")
public final class DurationHistory {
	private DurationHistory() {
	}

	/** The units reordered longest-known-first; {@code known} gives a unit's last duration in ms. */
	public static List<ForkUnit> longestFirst(List<ForkUnit> units, Function<ForkUnit, OptionalLong> known) {
		List<ForkUnit> unknown = new ArrayList<>();
		List<ForkUnit> seen = new ArrayList<>();
		for (ForkUnit unit : units) {
			OptionalLong duration = known.apply(unit);
			(duration.isPresent() ? seen : unknown).add(unit);
		}
		seen.sort(Comparator.comparingLong((ForkUnit u) -> known.apply(u).orElse(0)).reversed());
		unknown.addAll(seen);
		return unknown;
	}
}
