package dev.solo.engine.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Optional;
import java.util.OptionalInt;

import org.apiguardian.api.API;

/**
 * {@code warm-start} and {@code warm-start-ahead}: whether test JVMs start ahead of their turn,
 * behind busy slots, and how many beyond one per busy slot.
 *
 * <p>One JVM ahead per slot hides a JVM's start behind a test that runs longer than it. A slot
 * whose tests are shorter than a JVM's start waits for the next one all the same, unless
 * several start at once; they may where cores are idle (a JVM starting takes a core), so
 * {@code auto} starts as many more as the machine has idle cores now, and a number that many
 * whatever the load (for a machine whose idle cores cannot be read, such as a container with a
 * CPU quota). The default is {@code 0}: on the only machine measured (two cores) more JVMs ahead
 * gained no time and cost CPU, and the gain on a machine with cores to spare is predicted only. A JVM started ahead discovers its test and waits: the test runs in its turn,
 * and a memory budget holds its share from its start.
 *
 * @param on {@code warm-start}
 * @param ahead {@code warm-start-ahead}: how many JVMs may start ahead beyond one per busy slot;
 *        empty is {@code auto}, the idle cores measured
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record WarmStart(boolean on, OptionalInt ahead) {
	public static final WarmStart OFF = new WarmStart(false, OptionalInt.of(0));

	public WarmStart {
		if (ahead.isPresent() && ahead.getAsInt() < 0) {
			throw new IllegalArgumentException("warm-start-ahead must not be negative: " + ahead.getAsInt());
		}
	}

	/** {@code warm-start-ahead} as show-config and the settings spell it. */
	public String aheadWritten() {
		return ahead.isPresent() ? String.valueOf(ahead.getAsInt()) : "auto";
	}

	/** {@code auto} or a whole number of at least 0; empty when {@code text} is neither. */
	static Optional<OptionalInt> parseAhead(String text) {
		String value = text.trim();
		if (value.equals("auto")) {
			return Optional.of(OptionalInt.empty());
		}
		try {
			int count = Integer.parseInt(value);
			return count < 0 ? Optional.empty() : Optional.of(OptionalInt.of(count));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}
}
