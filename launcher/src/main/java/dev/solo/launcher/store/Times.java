package dev.solo.launcher.store;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as the store commands write them: local wall-clock time, seconds to the millisecond, how long ago. */
final class Times {
	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
	private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx",
			Locale.ROOT);

	private Times() {
	}

	/** {@code 2026-01-21 20:07:40}, in {@code zone}. */
	static String local(Instant when, ZoneId zone) {
		return LOCAL.format(when.atZone(zone));
	}

	/** {@code 2026-01-21 20:07:40 +00:00}: store info says which zone, since the record may be read elsewhere. */
	static String withOffset(Instant when, ZoneId zone) {
		return WITH_OFFSET.format(when.atZone(zone));
	}

	/** {@code 0.143s}. */
	static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.3fs", duration.toNanos() / 1e9);
	}

	/** {@code 52m ago}: the largest whole unit, as nextest's store info says it. */
	static String ago(Instant then, Instant now) {
		long seconds = Math.max(0, Duration.between(then, now).toSeconds());
		if (seconds < 60) {
			return seconds + "s ago";
		}
		if (seconds < 3600) {
			return seconds / 60 + "m ago";
		}
		if (seconds < 48 * 3600) {
			return seconds / 3600 + "h ago";
		}
		return seconds / 86400 + "d ago";
	}
}
