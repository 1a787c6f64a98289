package dev.solo.launcher.store;

import java.util.Locale;

/**
 * Sizes as nextest's store commands write them: decimal units, as the retention limits are
 * given ({@code 1GB} is 10^9 bytes); whole kilobytes, one decimal from megabytes up.
 */
final class Sizes {
	private static final String[] UNITS = { "KB", "MB", "GB", "TB" };

	private Sizes() {
	}

	static String format(long bytes) {
		if (bytes < 1000) {
			return Math.max(0, bytes) + " B";
		}
		double value = bytes / 1000.0;
		for (int unit = 0; unit < UNITS.length; unit++) {
			String text = String.format(Locale.ROOT, unit == 0 ? "%.0f" : "%.1f", value);
			// 999.96 MB is written as the next unit's 1.0, never as "1000.0 MB".
			if (Double.parseDouble(text) < 1000 || unit == UNITS.length - 1) {
				return text + " " + UNITS[unit];
			}
			value /= 1000;
		}
		throw new AssertionError("unreachable");
	}
}
