package dev.solo.engine.config;

import dev.solo.engine.discovery.ForkUnit.Isolation;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.junit.platform.engine.ConfigurationParameters;

/**
 * Every {@code solo.*} setting of one run, read once from the JUnit configuration parameters
 * (which already merge {@code junit-platform.properties}, {@code -D} and host parameters).
 * Names follow nextest's; see PRODUCT.md.
 */
public record Settings(
		boolean enabled,
		String profile,
		int testThreads,
		RetryPolicy retries,
		FlakyResult flakyResult,
		Optional<Duration> slowTimeout,
		int terminateAfter,
		Duration gracePeriod,
		boolean passOnTimeout,
		Optional<Duration> globalTimeout,
		Duration leakTimeout,
		boolean failOnLeak,
		Optional<Integer> maxFail,
		boolean terminateOnMaxFail,
		boolean noCapture,
		int outputLimitBytes,
		boolean fastStart,
		boolean classDataSharing,
		boolean warmStart,
		Isolation isolation,
		List<String> jvmArgs,
		boolean hostOutput) {

	public static final String PREFIX = "solo.";

	public enum FlakyResult { PASS, FAIL }

	public static boolean isEnabled(ConfigurationParameters parameters) {
		return parameters.getBoolean(PREFIX + "enabled").orElse(false);
	}

	public static Settings from(ConfigurationParameters parameters) {
		Reader reader = new Reader(parameters);
		boolean noCapture = reader.bool("no-capture", false);
		int threads = reader.integer("test-threads", Runtime.getRuntime().availableProcessors());
		if (threads < 1) {
			threads = Math.max(1, Runtime.getRuntime().availableProcessors() + threads);
		}
		Optional<Integer> maxFail = Optional.empty();
		boolean immediate = false;
		Optional<String> maxFailText = reader.text("max-fail");
		if (maxFailText.isPresent() && !maxFailText.get().equals("all")) {
			String text = maxFailText.get();
			immediate = text.endsWith(":immediate");
			String count = immediate ? text.substring(0, text.length() - ":immediate".length()) : text;
			maxFail = Optional.of(parsePositive("solo.max-fail", count));
		}
		else if (reader.bool("fail-fast", false)) {
			maxFail = Optional.of(1);
		}
		return new Settings(
				isEnabled(parameters),
				reader.text("profile").orElse("default"),
				noCapture ? 1 : threads,
				RetryPolicy.read(reader),
				reader.choice("flaky-result", FlakyResult.class, FlakyResult.PASS),
				reader.duration("slow-timeout").or(() -> reader.duration("slow-timeout.period")),
				reader.integer("slow-timeout.terminate-after", 0),
				reader.duration("slow-timeout.grace-period").orElse(Duration.ofSeconds(10)),
				reader.text("slow-timeout.on-timeout").map(v -> v.equalsIgnoreCase("pass")).orElse(false),
				reader.duration("global-timeout"),
				reader.duration("leak-timeout").or(() -> reader.duration("leak-timeout.period"))
						.orElse(Duration.ofMillis(200)),
				reader.text("leak-timeout.result").map(v -> v.equalsIgnoreCase("fail")).orElse(false),
				maxFail,
				immediate,
				noCapture,
				reader.integer("output-limit-bytes", 4 * 1024 * 1024),
				reader.bool("fast-start", true),
				reader.bool("class-data-sharing", true),
				reader.bool("warm-start", !noCapture),
				reader.choice("isolation", Isolation.class,
						Isolation.TEST),
				reader.text("jvm-args").map(v -> List.of(v.trim().split("\\s+"))).orElse(List.of()),
				reader.bool("host-output", true));
	}

	private static int parsePositive(String key, String text) {
		try {
			int value = Integer.parseInt(text.trim());
			if (value > 0) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		throw new SettingsException(key, text, "expected a positive whole number");
	}

	/** Typed access to {@code solo.}-prefixed parameters, failing with the key named. */
	static final class Reader {
		private final ConfigurationParameters parameters;

		Reader(ConfigurationParameters parameters) {
			this.parameters = parameters;
		}

		Optional<String> text(String key) {
			return parameters.get(PREFIX + key).map(String::trim).filter(v -> !v.isEmpty());
		}

		boolean bool(String key, boolean fallback) {
			return text(key).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
				case "true" -> true;
				case "false" -> false;
				default -> throw new SettingsException(PREFIX + key, v, "expected true or false");
			}).orElse(fallback);
		}

		int integer(String key, int fallback) {
			return text(key).map(v -> parse(key, v, Integer::parseInt, "expected a whole number")).orElse(fallback);
		}

		Optional<Duration> duration(String key) {
			return text(key).map(v -> DurationParser.parse(PREFIX + key, v));
		}

		<E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
			return text(key).map(v -> parse(key, v, t -> Enum.valueOf(type, t.toUpperCase(Locale.ROOT).replace('-', '_')),
					"expected one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT)))
					.orElse(fallback);
		}

		private <T> T parse(String key, String value, Function<String, T> parser, String expected) {
			try {
				return parser.apply(value);
			}
			catch (RuntimeException e) {
				throw new SettingsException(PREFIX + key, value, expected);
			}
		}
	}
}
