package dev.solo.engine.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.debug.Debugger;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

import org.apiguardian.api.API;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * Every {@code solo.*} setting of one run, read once from the JUnit configuration parameters
 * (which already merge {@code junit-platform.properties}, {@code -D} and host parameters) and
 * from the selected profile of {@code .config/solo.toml}. Names follow nextest's; see PRODUCT.md.
 *
 * @param workspaceRoot the folder holding {@code .config/solo.toml}, else the working directory
 * @param overrides the resolved profile's per-test overrides, parsed but not yet applied
 * @param testGroups the file's test groups, parsed but not yet applied
 * @param rerun {@code rerun}: {@code latest} or a recorded run's id prefix, whose outstanding tests alone run
 * @param junitPath {@code junit.path}: where the run's JUnit XML goes, as written (the launcher resolves it)
 * @param durationsFile {@code durations-file} (a parameter only): the durations a {@code duration:m/n}
 *        partition balances by, in place of the record store's, as written (relative to the working directory)
 * @param debugger present when each test JVM waits for a debugger ({@code debugger}); the run then has
 *        one test at a time, no retries, no timeouts, no leak failures and plain JVMs (no fast start, no
 *        class-data archive, none started ahead), whatever else says so
 * @param tracer present when each test JVM records a Flight Recording into its artifact folder
 *        ({@code tracer}); one asked for by the CLI's {@code --tracer} ({@code tracer.one-test}) also
 *        means exactly one test, no timeouts and a plain JVM (no fast start, no class-data archive)
 * @param testMemory {@code test-memory}: the memory the test JVMs running at once may take together
 * @param memory {@code memory} of a per-test override: what the test's JVM takes at its peak, in bytes
 * @param heapStats {@code heap-stats}: each test JVM reports its peak heap and collections (its
 *        management beans, whose first lookup costs it tens of milliseconds of CPU)
 * @param process {@code cpu-priority} and {@code network}: how each test JVM's process starts
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
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
		WarmStart warmStart,
		Isolation isolation,
		List<String> jvmArgs,
		boolean hostOutput,
		Path workspaceRoot,
		List<ProfileOverride> overrides,
		Map<String, TestGroup> testGroups,
		Optional<String> filter,
		Optional<String> defaultFilter,
		Optional<String> partition,
		Optional<String> rerun,
		RunIgnored runIgnored,
		Map<String, String> env,
		Optional<String> testGroup,
		Optional<String> threadsRequired,
		int priority,
		Optional<String> junitPath,
		Optional<String> durationsFile,
		Optional<Debugger> debugger,
		Optional<Tracer> tracer,
		TestMemory testMemory,
		java.util.OptionalLong memory,
		boolean heapStats,
		ProcessSettings process) {

	public static final String PREFIX = "solo.";
	/** The run's working directory, when a program driving the Launcher chose one (Java cannot cd). */
	public static final String WORKING_DIRECTORY = PREFIX + "working-directory";

	public enum FlakyResult { PASS, FAIL }

	/** nextest's {@code --run-ignored}: {@code default} skips disabled tests, {@code only} runs just them, {@code all} both. */
	public enum RunIgnored { DEFAULT, ONLY, ALL }

	public static boolean isEnabled(ConfigurationParameters parameters) {
		return parameters.getBoolean(PREFIX + "enabled").orElse(false);
	}

	/**
	 * The folder a run works from: {@code .config/solo.toml} is searched from there, and test JVMs
	 * of a class-path run start there. A program driving the Launcher names it
	 * ({@value #WORKING_DIRECTORY}: {@code solo run --maven DIR}, a run of an archive); a host's
	 * is its JVM's own.
	 */
	public static Path workingDirectory(ConfigurationParameters parameters) {
		return parameters.get(WORKING_DIRECTORY).filter(d -> !d.isBlank()).map(Path::of)
				.orElseGet(() -> Path.of(System.getProperty("user.dir")));
	}

	/** The settings of a run, {@code .config/solo.toml} searched from its {@link #workingDirectory working directory}. */
	public static Settings from(ConfigurationParameters parameters) {
		return from(parameters, workingDirectory(parameters));
	}

	/**
	 * Parameters first, then the selected profile ({@code solo.profile}, else {@code default}) with
	 * its {@code inherits} chain and the {@code default} profile, then the built-in defaults.
	 */
	public static Settings from(ConfigurationParameters parameters, Path workingDirectory) {
		return from(parameters, workingDirectory, Optional.empty());
	}

	/**
	 * The settings of the tests {@code override} matches: its values rank below the parameters
	 * and above the profile's, as PRODUCT.md's precedence has it.
	 */
	public static Settings from(ConfigurationParameters parameters, Path workingDirectory,
			Optional<ProfileOverride> override) {
		UnknownParameters.check(parameters);
		SoloConfig config = SoloConfig.load(workingDirectory, workingDirectory);
		String profileName = parameters.get(PREFIX + "profile").map(String::trim).filter(v -> !v.isEmpty())
				.orElse(Profile.DEFAULT);
		ResolvedProfile resolved = config.resolve(profileName);
		ResolvedProfile profile = override.map(o -> resolved.overlaid(o.settings())).orElse(resolved);
		Reader reader = new Reader(parameters, profile);
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
			maxFail = Optional.of(parsePositive(count).orElseThrow(
					() -> reader.invalid("max-fail", "expected a positive whole number, all, or N:immediate")));
		}
		else if (reader.bool("fail-fast", false)) {
			maxFail = Optional.of(1);
		}
		Optional<Debugger> debugger = debugger(reader);
		Optional<Tracer> tracer = tracer(reader);
		boolean debugging = debugger.isPresent();
		// A traced test, like a debugged one, may take as long as it takes, in a JVM that compiles as
		// JVMs usually do: fast start's compiler options would be what a profile shows.
		boolean untimed = debugging || tracer.filter(Tracer::asked).isPresent();
		// Read whatever debugging sets aside, so that a bad value fails the same with or without a debugger.
		RetryPolicy retries = RetryPolicy.read(reader);
		Optional<Duration> slowTimeout = reader.duration("slow-timeout");
		int terminateAfter = reader.integer("slow-timeout.terminate-after", 0);
		Optional<Duration> globalTimeout = reader.duration("global-timeout");
		boolean failOnLeak = reader.word("leak-timeout.result", "pass", "fail").equals("fail");
		boolean fastStart = reader.bool("fast-start", true);
		boolean classDataSharing = reader.bool("class-data-sharing", true);
		boolean warmStart = reader.bool("warm-start", !noCapture);
		OptionalInt ahead = WarmStart.parseAhead(reader.text("warm-start-ahead").orElse("0")).orElseThrow(
				() -> reader.invalid("warm-start-ahead", "expected auto or a whole number of at least 0"));
		return new Settings(
				isEnabled(parameters),
				profile.name(),
				noCapture || untimed ? 1 : threads,
				debugging ? RetryPolicy.NONE : retries,
				reader.choice("flaky-result", FlakyResult.class, FlakyResult.PASS),
				untimed ? Optional.empty() : slowTimeout,
				untimed ? 0 : terminateAfter,
				reader.duration("slow-timeout.grace-period").orElse(Duration.ofSeconds(10)),
				reader.word("slow-timeout.on-timeout", "fail", "pass").equals("pass"),
				untimed ? Optional.empty() : globalTimeout,
				reader.duration("leak-timeout").orElse(Duration.ofMillis(200)),
				failOnLeak && !debugging,
				maxFail,
				immediate,
				noCapture,
				reader.integer("output-limit-bytes", 4 * 1024 * 1024),
				fastStart && !untimed,
				classDataSharing && !untimed,
				warmStart && !untimed ? new WarmStart(true, ahead) : WarmStart.OFF,
				reader.choice("isolation", Isolation.class,
						Isolation.TEST),
				reader.list("jvm-args"),
				reader.bool("host-output", true),
				config.workspaceRoot(workingDirectory),
				profile.overrides(),
				config.testGroups(),
				reader.text("filter"),
				reader.text("default-filter"),
				reader.text("partition"),
				reader.text("rerun"),
				reader.choice("run-ignored", RunIgnored.class, RunIgnored.DEFAULT),
				reader.prefixed("env.", parameters),
				reader.text("test-group"),
				reader.text("threads-required"),
				reader.integer("priority", 0),
				reader.text("junit.path"),
				reader.text("durations-file"),
				debugger,
				tracer,
				TestMemory.read(reader),
				TestMemory.readMemory(reader),
				reader.bool("heap-stats", true),
				new ProcessSettings(CpuPriority.of(reader.word("cpu-priority", "normal", "high", "above-normal",
						"below-normal", "low", "idle")), Network.of(reader.word("network", "shared", "isolated"))));
	}

	/** {@code tracer}: {@code none} (the default) or {@code jfr}, with {@code tracer.jfr-settings}; see {@link Tracer}. */
	private static Optional<Tracer> tracer(Reader reader) {
		String mode = reader.word("tracer", "none", "jfr");
		String jfrSettings = reader.text("tracer.jfr-settings").orElse(Tracer.DEFAULT_SETTINGS);
		if (jfrSettings.contains(",")) {
			throw reader.invalid("tracer.jfr-settings", "expected default, profile or the path of a .jfc file, without commas");
		}
		boolean oneTest = reader.bool("tracer.one-test", false);
		return mode.equals("jfr") ? Optional.of(new Tracer(jfrSettings, oneTest)) : Optional.empty();
	}

	/** {@code debugger}: {@code auto} debugs when the host runs under JDWP; see {@link Debugger}. */
	private static Optional<Debugger> debugger(Reader reader) {
		Debugger.Mode mode = reader.choice("debugger", Debugger.Mode.class, Debugger.Mode.AUTO);
		String address = reader.text("debugger.address").orElse(Debugger.ANY_PORT);
		if (!Debugger.isAddress(address)) {
			throw reader.invalid("debugger.address", "expected a port, or host:port (0 for a free port)");
		}
		Duration attachTimeout = reader.duration("debugger.attach-timeout").orElse(Debugger.DEFAULT_ATTACH_TIMEOUT);
		if (attachTimeout.isZero()) {
			throw reader.invalid("debugger.attach-timeout", "expected a duration above 0: a test JVM never waits forever");
		}
		boolean stdin = reader.bool("debugger.stdin", false);
		return Debugger.forThisJvm(mode, address, attachTimeout).map(d -> d.relayingInput(stdin));
	}

	private static Optional<Integer> parsePositive(String text) {
		try {
			int value = Integer.parseInt(text.trim());
			return value > 0 ? Optional.of(value) : Optional.empty();
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	/**
	 * Typed access to one setting: its {@code solo.*} parameter (under either spelling of a
	 * shorthand, {@code solo.retries} or {@code solo.retries.count}) if set, else the resolved
	 * profile's value. A value that does not parse fails where it was written.
	 */
	static final class Reader {
		private final ConfigurationParameters parameters;
		private final ResolvedProfile profile;

		Reader(ConfigurationParameters parameters, ResolvedProfile profile) {
			this.parameters = parameters;
			this.profile = profile;
		}

		Optional<SettingValue> value(String key) {
			for (String name : spellings(key)) {
				Optional<String> text = parameters.get(PREFIX + name).map(String::trim).filter(v -> !v.isEmpty());
				if (text.isPresent()) {
					return Optional.of(new SettingValue.Parameter(PREFIX + name, text.get()));
				}
			}
			return profile.value(SettingKeys.canonical(key)).map(SettingValue.class::cast);
		}

		private static Set<String> spellings(String key) {
			Set<String> names = new LinkedHashSet<>();
			names.add(key);
			String canonical = SettingKeys.canonical(key);
			names.add(canonical);
			SettingKeys.shorthandOf(canonical).ifPresent(names::add);
			return names;
		}

		Optional<String> text(String key) {
			return value(key).map(SettingValue::text).map(String::trim);
		}

		/** Every setting under {@code prefix} ({@code env.NAME}), by the rest of its name; parameters win. */
		Map<String, String> prefixed(String prefix, ConfigurationParameters parameters) {
			Map<String, String> values = new java.util.TreeMap<>();
			profile.values().forEach((key, value) -> {
				if (key.startsWith(prefix)) {
					values.put(key.substring(prefix.length()), value.text());
				}
			});
			for (String key : parameters.keySet()) {
				if (key.startsWith(PREFIX + prefix)) {
					parameters.get(key).ifPresent(v -> values.put(key.substring((PREFIX + prefix).length()), v));
				}
			}
			return Map.copyOf(values);
		}

		List<String> list(String key) {
			return value(key).map(SettingValue::items).orElse(List.of());
		}

		boolean bool(String key, boolean fallback) {
			return value(key).map(v -> switch (v.text().trim().toLowerCase(Locale.ROOT)) {
				case "true" -> true;
				case "false" -> false;
				default -> throw v.invalid("expected true or false");
			}).orElse(fallback);
		}

		int integer(String key, int fallback) {
			return value(key).map(v -> parse(v, Integer::parseInt, "expected a whole number")).orElse(fallback);
		}

		Optional<Duration> duration(String key) {
			return value(key).map(v -> DurationParser.tryParse(v.text())
					.orElseThrow(() -> v.invalid("expected a duration such as 250ms, 30s or 2m")));
		}

		/** One of a few words, {@code fallback} first. */
		String word(String key, String fallback, String... others) {
			List<String> allowed = new ArrayList<>(List.of(fallback));
			allowed.addAll(List.of(others));
			return value(key).map(v -> {
				String word = v.text().trim().toLowerCase(Locale.ROOT);
				if (!allowed.contains(word)) {
					throw v.invalid("expected " + String.join(" or ", allowed));
				}
				return word;
			}).orElse(fallback);
		}

		<E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
			return value(key).map(v -> parse(v, t -> Enum.valueOf(type, t.toUpperCase(Locale.ROOT).replace('-', '_')),
					"expected one of " + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT)))
					.orElse(fallback);
		}

		/** The failure for the value of {@code key} not being what {@code expected} describes. */
		SettingsException invalid(String key, String expected) {
			return value(key).map(v -> v.invalid(expected))
					.orElseGet(() -> new SettingsException(PREFIX + key, "", expected));
		}

		private static <T> T parse(SettingValue value, Function<String, T> parser, String expected) {
			try {
				return parser.apply(value.text().trim());
			}
			catch (RuntimeException e) {
				throw value.invalid(expected);
			}
		}
	}
}
