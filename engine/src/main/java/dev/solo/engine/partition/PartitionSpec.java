package dev.solo.engine.partition;

import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code kind:m/n}. */
final class PartitionSpec {
	// Digits only: Integer.parseInt alone would also take "+1" and non-ASCII digits.
	private static final Pattern SHARDS = Pattern.compile("(\\d+)/(\\d+)");

	private PartitionSpec() {
	}

	static Partition parse(String spec, Function<String, OptionalLong> durationOf) {
		if (spec == null || spec.isBlank()) {
			throw invalid(spec == null ? "null" : spec.strip(), "expected hash:m/n, count:m/n, slice:m/n or duration:m/n");
		}
		String trimmed = spec.strip();
		int colon = trimmed.indexOf(':');
		if (colon < 0) {
			throw invalid(trimmed, "expected kind:m/n, where kind is hash, count, slice or duration");
		}
		String kind = trimmed.substring(0, colon);
		BiFunction<Integer, Integer, Partition> make = switch (kind) {
			case "hash" -> HashPartition::new;
			case "count" -> CountPartition::new;
			case "slice" -> SlicePartition::new;
			case "duration" -> (m, n) -> new DurationPartition(m, n, durationOf);
			default -> throw invalid(trimmed, "unknown kind '" + kind + "': expected hash, count, slice or duration");
		};
		int[] mn = numbers(trimmed, trimmed.substring(colon + 1));
		return make.apply(mn[0], mn[1]);
	}

	private static int[] numbers(String spec, String shards) {
		Matcher matcher = SHARDS.matcher(shards);
		if (!matcher.matches()) {
			throw invalid(spec, "expected m/n after the kind, with whole numbers 1 <= m <= n");
		}
		int n = number(spec, matcher.group(2), "n");
		if (n < 1) {
			throw invalid(spec, "n must be at least 1");
		}
		int m = number(spec, matcher.group(1), "m");
		if (m < 1 || m > n) {
			throw invalid(spec, "m must be between 1 and n");
		}
		return new int[] { m, n };
	}

	private static int number(String spec, String digits, String which) {
		try {
			return Integer.parseInt(digits);
		}
		catch (NumberFormatException e) {
			throw invalid(spec, which + " is too large");
		}
	}

	private static PartitionException invalid(String spec, String problem) {
		return new PartitionException("invalid partition '" + spec + "': " + problem);
	}
}
