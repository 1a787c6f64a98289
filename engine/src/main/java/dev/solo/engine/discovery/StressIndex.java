package dev.solo.engine.discovery;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.OptionalInt;

import org.apiguardian.api.API;

/**
 * Which run of a unit a stress run is at ({@code --stress-count}, {@code --stress-duration}):
 * {@code 3/50}, or {@code 3} when the run repeats for a time and the count is not known ahead.
 *
 * @param index from 1
 * @param count the runs a {@code --stress-count} run makes of each unit
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record StressIndex(int index, OptionalInt count) {
	public StressIndex {
		if (index < 1 || count.isPresent() && (count.getAsInt() < index)) {
			throw new IllegalArgumentException("stress index " + index + " of " + count);
		}
	}

	/** {@code 3/50}, or {@code 3}: as nextest shows a stress run's iteration. */
	@Override
	public String toString() {
		return count.isPresent() ? index + "/" + count.getAsInt() : String.valueOf(index);
	}
}
