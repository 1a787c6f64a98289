package dev.solo.engine.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apiguardian.api.API;

/** Parses nextest-style durations: {@code 250ms}, {@code 30s}, {@code 2m}, {@code 1h}, {@code 1m30s}. */
@API(status = INTERNAL, since = "0.1")
public final class DurationParser {
	private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");

	private DurationParser() {
	}

	public static Duration parse(String key, String text) {
		return tryParse(text).orElseThrow(
				() -> new SettingsException(key, text, "expected a duration such as 250ms, 30s or 2m"));
	}

	/** The duration, or empty where the text is not one. */
	static Optional<Duration> tryParse(String text) {
		String trimmed = text.trim();
		Matcher matcher = PART.matcher(trimmed);
		int position = 0;
		long millis = 0;
		while (position < trimmed.length() && matcher.find(position) && matcher.start() == position) {
			double amount = Double.parseDouble(matcher.group(1));
			millis += (long) (amount * switch (matcher.group(2)) {
				case "ms" -> 1L;
				case "s" -> 1_000L;
				case "m" -> 60_000L;
				default -> 3_600_000L;
			});
			position = matcher.end();
		}
		if (trimmed.isEmpty() || position != trimmed.length()) {
			return Optional.empty();
		}
		return Optional.of(Duration.ofMillis(millis));
	}
}
