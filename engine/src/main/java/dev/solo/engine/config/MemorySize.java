package dev.solo.engine.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Locale;
import java.util.OptionalLong;

import org.apiguardian.api.API;

/**
 * Memory sizes as the JVM's own options write them ({@code -Xmx2g}): a whole number with
 * {@code k}, {@code m}, {@code g} or {@code t} (powers of 1024, upper or lower case, an optional
 * trailing {@code b}: {@code 512m}, {@code 2GB}), or a number of bytes. Shown the same way, in
 * binary units: {@code 312 MiB}, {@code 1.5 GiB}.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class MemorySize {
	public static final String EXPECTED = "expected a size such as \"512m\" or \"2g\"";

	private MemorySize() {
	}

	/** The size in bytes; empty for anything else, a size of 0 or one too large to count included. */
	public static OptionalLong parse(String text) {
		String value = text.trim().toLowerCase(Locale.ROOT);
		if (value.endsWith("b") && value.length() > 1 && !Character.isDigit(value.charAt(value.length() - 2))) {
			value = value.substring(0, value.length() - 1);
		}
		if (value.isEmpty()) {
			return OptionalLong.empty();
		}
		int shift = switch (value.charAt(value.length() - 1)) {
			case 'k' -> 10;
			case 'm' -> 20;
			case 'g' -> 30;
			case 't' -> 40;
			default -> 0;
		};
		String digits = shift == 0 ? value : value.substring(0, value.length() - 1).trim();
		if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 15) {
			return OptionalLong.empty();
		}
		long number = Long.parseLong(digits);
		if (number <= 0 || number > (Long.MAX_VALUE >> shift)) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(number << shift);
	}

	/** {@code 950 KiB}, {@code 312 MiB}, {@code 1.5 GiB}: whole units below a GiB, one decimal above. */
	public static String format(long bytes) {
		if (bytes < 1024) {
			return Math.max(0, bytes) + " B";
		}
		if (bytes < (1L << 20)) {
			return (bytes >> 10) + " KiB";
		}
		if (bytes < (1L << 30)) {
			return Math.round(bytes / (double) (1L << 20)) + " MiB";
		}
		return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
	}

	/** As a setting would write it: {@code 300m}, {@code 2g}, else in bytes. */
	public static String written(long bytes) {
		for (String unit : new String[] { "t", "g", "m", "k" }) {
			int shift = switch (unit) {
				case "t" -> 40;
				case "g" -> 30;
				case "m" -> 20;
				default -> 10;
			};
			if (bytes >= (1L << shift) && bytes % (1L << shift) == 0) {
				return (bytes >> shift) + unit;
			}
		}
		return String.valueOf(bytes);
	}
}
