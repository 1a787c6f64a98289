package dev.solo.engine.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one list of setting names, shared by {@code .config/solo.toml} and the {@code solo.*}
 * configuration parameters, with the kind of value each takes. Names are dotted as parameters
 * are, without {@code solo.}; a TOML table {@code [profile.x.slow-timeout]} names them the same.
 */
final class SettingKeys {

	/** What a TOML value must be; parameters are text and are checked when read. */
	enum Kind {
		BOOLEAN("a boolean"),
		INTEGER("an integer"),
		STRING("a string"),
		DURATION("a duration string such as \"30s\""),
		/** {@code max-fail}: a count, or text such as {@code "3:immediate"} and {@code "all"}. */
		INTEGER_OR_STRING("an integer or a string"),
		/** {@code jvm-args}: an array of strings, or one string split on white space. */
		STRINGS("an array of strings"),
		/** {@code memory}, {@code test-memory}: a size as {@code -Xmx} takes one; see {@link MemorySize}. */
		MEMORY("a size string such as \"512m\" or \"2g\"");

		final String expected;

		Kind(String expected) {
			this.expected = expected;
		}
	}

	private static final Map<String, Kind> PROFILE = new LinkedHashMap<>();
	/** Parameters only: read before any profile is chosen, or set by Solo itself. */
	private static final List<String> PARAMETER_ONLY = List.of("enabled", "profile", "child.jfr", "durations-file",
			"tracer.one-test", "working-directory", "run-listeners", "stress-count", "stress-duration");
	/** Set by Solo on every test JVM (PRODUCT.md, "What a test sees"); never the user's to set. */
	private static final List<String> SET_BY_SOLO = List.of("execution.mode", "run.id", "test.id", "test.name",
			"attempt", "total.attempts", "workspace.root", "test.group", "global.slot", "group.slot", "artifact.dir",
			"stress.index", "stress.count");
	/** The shorthand a table's first key stands for: {@code retries = 2} is {@code retries.count = 2}. */
	private static final Map<String, String> SHORTHANDS = Map.of("retries", "retries.count", "slow-timeout",
			"slow-timeout.period", "leak-timeout", "leak-timeout.period", "debugger", "debugger.mode", "tracer", "tracer.mode");
	/** Keys of a {@code [[profile.NAME.overrides]]} table besides {@code filter}, as nextest's and Solo's own. */
	private static final Map<String, Kind> OVERRIDE = new LinkedHashMap<>();

	static {
		PROFILE.put("test-threads", Kind.INTEGER);
		PROFILE.put("retries.count", Kind.INTEGER);
		PROFILE.put("retries.backoff", Kind.STRING);
		PROFILE.put("retries.delay", Kind.DURATION);
		PROFILE.put("retries.max-delay", Kind.DURATION);
		PROFILE.put("retries.jitter", Kind.BOOLEAN);
		PROFILE.put("retries.on", Kind.STRINGS);
		PROFILE.put("flaky-result", Kind.STRING);
		PROFILE.put("slow-timeout.period", Kind.DURATION);
		PROFILE.put("slow-timeout.terminate-after", Kind.INTEGER);
		PROFILE.put("slow-timeout.grace-period", Kind.DURATION);
		PROFILE.put("slow-timeout.on-timeout", Kind.STRING);
		PROFILE.put("global-timeout", Kind.DURATION);
		PROFILE.put("leak-timeout.period", Kind.DURATION);
		PROFILE.put("leak-timeout.result", Kind.STRING);
		PROFILE.put("fail-fast", Kind.BOOLEAN);
		PROFILE.put("max-fail", Kind.INTEGER_OR_STRING);
		PROFILE.put("no-capture", Kind.BOOLEAN);
		PROFILE.put("output-limit-bytes", Kind.INTEGER);
		PROFILE.put("fast-start", Kind.BOOLEAN);
		PROFILE.put("class-data-sharing", Kind.BOOLEAN);
		PROFILE.put("warm-start", Kind.BOOLEAN);
		PROFILE.put("warm-start-ahead", Kind.INTEGER_OR_STRING);
		PROFILE.put("test-memory", Kind.MEMORY);
		PROFILE.put("heap-stats", Kind.BOOLEAN);
		PROFILE.put("isolation", Kind.STRING);
		PROFILE.put("jvm-args", Kind.STRINGS);
		PROFILE.put("host-output", Kind.BOOLEAN);
		PROFILE.put("failure-output", Kind.STRING);
		PROFILE.put("success-output", Kind.STRING);
		PROFILE.put("status-level", Kind.STRING);
		PROFILE.put("final-status-level", Kind.STRING);
		PROFILE.put("default-filter", Kind.STRING);
		PROFILE.put("junit.path", Kind.STRING);
		PROFILE.put("debugger.mode", Kind.STRING);
		PROFILE.put("debugger.address", Kind.STRING);
		PROFILE.put("debugger.attach-timeout", Kind.DURATION);
		PROFILE.put("debugger.stdin", Kind.BOOLEAN);
		PROFILE.put("tracer.mode", Kind.STRING);
		PROFILE.put("tracer.jfr-settings", Kind.STRING);
		PROFILE.put("cpu-priority", Kind.STRING);
		PROFILE.put("network", Kind.STRING);
		// Named by the configuration issue; read by the parts that come with it.
		PROFILE.put("filter", Kind.STRING);
		PROFILE.put("partition", Kind.STRING);
		PROFILE.put("run-ignored", Kind.STRING);
		PROFILE.put("rerun", Kind.STRING);

		for (String shared : List.of("retries.count", "retries.backoff", "retries.delay", "retries.max-delay",
				"retries.jitter", "retries.on", "flaky-result", "slow-timeout.period", "slow-timeout.terminate-after",
				"slow-timeout.grace-period", "slow-timeout.on-timeout", "leak-timeout.period", "leak-timeout.result",
				"isolation", "jvm-args", "success-output", "failure-output", "tracer.mode", "tracer.jfr-settings",
				"cpu-priority", "network")) {
			OVERRIDE.put(shared, PROFILE.get(shared));
		}
		OVERRIDE.put("platform", Kind.STRING);
		OVERRIDE.put("test-group", Kind.STRING);
		OVERRIDE.put("threads-required", Kind.INTEGER_OR_STRING);
		OVERRIDE.put("priority", Kind.INTEGER);
		OVERRIDE.put("memory", Kind.MEMORY);
		OVERRIDE.put("junit.store-success-output", Kind.BOOLEAN);
		OVERRIDE.put("junit.store-failure-output", Kind.BOOLEAN);
	}

	private SettingKeys() {
	}

	/** Every key a profile may set, canonical and in the order above: what {@code show-config} lists. */
	static List<String> profileKeys() {
		return List.copyOf(PROFILE.keySet());
	}

	/** The key a shorthand stands for, else the key itself. */
	static String canonical(String key) {
		return SHORTHANDS.getOrDefault(key, key);
	}

	/** The shorthand of a canonical key ({@code retries} for {@code retries.count}), if it has one. */
	static Optional<String> shorthandOf(String canonicalKey) {
		return SHORTHANDS.entrySet().stream().filter(e -> e.getValue().equals(canonicalKey)).map(Map.Entry::getKey)
				.findFirst();
	}

	/** Whether a profile key is a table of further keys, such as {@code slow-timeout}. */
	static boolean isProfileTable(String key) {
		return key.equals("env") || PROFILE.keySet().stream().anyMatch(known -> known.startsWith(key + "."));
	}

	static boolean isOverrideTable(String key) {
		return key.equals("env") || OVERRIDE.keySet().stream().anyMatch(known -> known.startsWith(key + "."));
	}

	/** The kind of value a profile key takes; empty for an unknown key. {@code env.NAME} is any string. */
	static Optional<Kind> profileKind(String key) {
		if (key.startsWith("env.") && key.length() > "env.".length()) {
			return Optional.of(Kind.STRING);
		}
		return Optional.ofNullable(PROFILE.get(canonical(key)));
	}

	static Optional<Kind> overrideKind(String key) {
		if (key.startsWith("env.") && key.length() > "env.".length()) {
			return Optional.of(Kind.STRING);
		}
		return Optional.ofNullable(OVERRIDE.get(canonical(key)));
	}

	static boolean isParameterOnly(String key) {
		return PARAMETER_ONLY.contains(key);
	}

	/** Whether {@code solo.KEY} is a configuration parameter Solo knows. */
	static boolean isParameter(String key) {
		return profileKind(key).isPresent() || SHORTHANDS.containsKey(key) || PARAMETER_ONLY.contains(key)
				|| SET_BY_SOLO.contains(key);
	}

	/** The known parameter nearest to an unknown one, if one is near enough to be a slip. */
	static Optional<String> nearestParameter(String key) {
		return nearest(key, parameterNames());
	}

	static Optional<String> nearestProfileKey(String key) {
		return nearest(key, PROFILE.keySet().stream().map(SettingKeys::written).toList());
	}

	static Optional<String> nearestOverrideKey(String key) {
		return nearest(key, OVERRIDE.keySet().stream().map(SettingKeys::written).toList());
	}

	private static List<String> parameterNames() {
		List<String> names = new ArrayList<>(PROFILE.keySet());
		names.addAll(SHORTHANDS.keySet());
		names.addAll(PARAMETER_ONLY);
		return names;
	}

	/** How a canonical key is most often written: its shorthand where it has one. */
	private static String written(String canonicalKey) {
		return shorthandOf(canonicalKey).orElse(canonicalKey);
	}

	/**
	 * A key that continues what was typed ({@code slow-timeout.terminate}) first; else the
	 * fewest edits, within a third of the key's length (at least 3), the longer shared start
	 * breaking ties ({@code retry} means {@code retries}, not {@code rerun}).
	 */
	static Optional<String> nearest(String key, Collection<String> candidates) {
		Optional<String> continued = candidates.stream().filter(candidate -> candidate.startsWith(key))
				.min(Comparator.comparingInt(String::length));
		if (continued.isPresent()) {
			return continued;
		}
		int limit = Math.max(3, key.length() / 3);
		Comparator<String> byDistance = Comparator.comparingInt(candidate -> EditDistance.between(key, candidate));
		return candidates.stream()
				.filter(candidate -> EditDistance.between(key, candidate) <= limit)
				.min(byDistance.thenComparing(Comparator.comparingInt((String c) -> sharedStart(key, c)).reversed()));
	}

	private static int sharedStart(String a, String b) {
		int length = 0;
		while (length < a.length() && length < b.length() && a.charAt(length) == b.charAt(length)) {
			length++;
		}
		return length;
	}
}
