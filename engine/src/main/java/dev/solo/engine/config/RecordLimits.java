package dev.solo.engine.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of {@code [record]}'s limits as people write them: sizes in decimal ({@code 500MB},
 * {@code 1GB}) or binary ({@code 2GiB}) units, ages in days, hours, minutes and seconds
 * ({@code 30d}, {@code 12h}, {@code 1d12h}).
 */
final class RecordLimits {
	private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([a-z]*)");
	private static final Map<String, Long> SIZE_UNITS = Map.ofEntries(
			Map.entry("", 1L), Map.entry("b", 1L),
			Map.entry("kb", 1_000L), Map.entry("mb", 1_000_000L), Map.entry("gb", 1_000_000_000L),
			Map.entry("tb", 1_000_000_000_000L),
			Map.entry("kib", 1L << 10), Map.entry("mib", 1L << 20), Map.entry("gib", 1L << 30),
			Map.entry("tib", 1L << 40));
	private static final Pattern AGE_PART = Pattern.compile("(\\d+)\\s*(d|h|m|s)");

	private RecordLimits() {
	}

	/** The bytes {@code text} says, or empty where it is no size. */
	static Optional<Long> size(String text) {
		Matcher matcher = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
		if (!matcher.matches() || !SIZE_UNITS.containsKey(matcher.group(2))) {
			return Optional.empty();
		}
		double bytes = Double.parseDouble(matcher.group(1)) * SIZE_UNITS.get(matcher.group(2));
		return bytes >= Long.MAX_VALUE ? Optional.empty() : Optional.of((long) bytes);
	}

	/** The duration {@code text} says, or empty where it is no age. */
	static Optional<Duration> age(String text) {
		String trimmed = text.strip().toLowerCase(Locale.ROOT);
		Matcher matcher = AGE_PART.matcher(trimmed);
		Duration total = Duration.ZERO;
		int position = 0;
		while (position < trimmed.length() && matcher.find(position) && matcher.start() == position) {
			try {
				long amount = Long.parseLong(matcher.group(1));
				total = total.plus(switch (matcher.group(2)) {
					case "d" -> Duration.ofDays(amount);
					case "h" -> Duration.ofHours(amount);
					case "m" -> Duration.ofMinutes(amount);
					default -> Duration.ofSeconds(amount);
				});
			}
			catch (ArithmeticException | NumberFormatException tooLong) {
				return Optional.empty();
			}
			position = matcher.end();
			while (position < trimmed.length() && trimmed.charAt(position) == ' ') {
				position++;
			}
		}
		return trimmed.isEmpty() || position != trimmed.length() ? Optional.empty() : Optional.of(total);
	}
}
