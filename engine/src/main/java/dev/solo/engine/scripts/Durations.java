package dev.solo.engine.scripts;

import java.time.Duration;

/** A duration as messages write it: {@code 1.500s}. */
final class Durations {
	private Durations() {
	}

	static String text(Duration duration) {
		return String.format(java.util.Locale.ROOT, "%.3fs", duration.toMillis() / 1000.0);
	}
}
