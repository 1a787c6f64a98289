package dev.solo.launcher.showconfig;

import dev.solo.engine.config.MemorySize;
import dev.solo.engine.config.Settings;
import dev.solo.engine.config.TestMemory;
import dev.solo.engine.config.Tracer;
import dev.solo.engine.debug.Debugger;
import dev.solo.engine.memory.MemoryPlan;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The value each setting has in a run, as the engine read it (so {@code test-threads} is this
 * machine's core count when nothing sets it), written as the user would write it: {@code 30s},
 * {@code fixed}, {@code none}. Keys are canonical, as {@code SettingOrigins} names them; a key
 * the engine does not keep (the reporter's, such as {@code status-level}) has no entry.
 */
final class EffectiveValues {
	static final String NONE = "none";
	/** A key nothing set that the engine does not keep: the reporter's, read by {@code solo run}'s own flags. */
	static final String NOT_SET = "(not set)";

	private EffectiveValues() {
	}

	static Map<String, String> of(Settings s) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("test-threads", String.valueOf(s.testThreads()));
		values.put("retries.count", String.valueOf(s.retries().count()));
		values.put("retries.backoff", s.retries().exponential() ? "exponential" : "fixed");
		values.put("retries.delay", duration(s.retries().delay()));
		values.put("retries.max-delay", duration(s.retries().maxDelay()));
		values.put("retries.jitter", String.valueOf(s.retries().jitter()));
		values.put("retries.on", s.retries().on().isEmpty() ? "any failure"
				: String.join(", ", s.retries().on().stream().map(String::valueOf).toList()));
		values.put("flaky-result", word(s.flakyResult()));
		values.put("slow-timeout.period", duration(s.slowTimeout()));
		values.put("slow-timeout.terminate-after", s.terminateAfter() == 0 ? NONE : String.valueOf(s.terminateAfter()));
		values.put("slow-timeout.grace-period", duration(s.gracePeriod()));
		values.put("slow-timeout.on-timeout", s.passOnTimeout() ? "pass" : "fail");
		values.put("global-timeout", duration(s.globalTimeout()));
		values.put("leak-timeout.period", duration(s.leakTimeout()));
		values.put("leak-timeout.result", s.failOnLeak() ? "fail" : "pass");
		// fail-fast is max-fail = 1; the two are one setting in the engine
		values.put("fail-fast", String.valueOf(s.maxFail().filter(n -> n == 1).isPresent()));
		values.put("max-fail", s.maxFail().map(n -> n + (s.terminateOnMaxFail() ? ":immediate" : "")).orElse("all"));
		values.put("no-capture", String.valueOf(s.noCapture()));
		values.put("output-limit-bytes", String.valueOf(s.outputLimitBytes()));
		values.put("fast-start", String.valueOf(s.fastStart()));
		values.put("class-data-sharing", String.valueOf(s.classDataSharing()));
		values.put("warm-start", String.valueOf(s.warmStart().on()));
		values.put("warm-start-ahead", s.warmStart().aheadWritten());
		values.put("test-memory", testMemory(s.testMemory()));
		values.put("heap-stats", String.valueOf(s.heapStats()));
		values.put("isolation", word(s.isolation()));
		values.put("jvm-args", s.jvmArgs().isEmpty() ? NONE : String.join(" ", s.jvmArgs()));
		values.put("host-output", String.valueOf(s.hostOutput()));
		values.put("default-filter", s.defaultFilter().orElse(NONE));
		values.put("junit.path", s.junitPath().orElse("junit.xml"));
		// Only a run that debugs keeps them; otherwise the key shows as written, or not set.
		s.debugger().ifPresent(d -> {
			values.put("debugger.mode", d.asked() ? "on" : "auto (the host runs under a debugger)");
			values.put("debugger.address", d.address());
			values.put("debugger.attach-timeout", duration(d.attachTimeout()));
			values.put("debugger.stdin", String.valueOf(d.relaysInput()));
		});
		values.put("tracer.mode", s.tracer().map(t -> t.asked() ? "jfr (one test, --tracer)" : "jfr").orElse(NONE));
		s.tracer().ifPresent(t -> values.put("tracer.jfr-settings", t.settings()));
		values.put("cpu-priority", s.process().cpuPriority().written());
		values.put("network", s.process().network().written());
		values.put("filter", s.filter().orElse(NONE));
		values.put("partition", s.partition().orElse(NONE));
		values.put("run-ignored", word(s.runIgnored()));
		s.env().forEach((name, value) -> values.put("env." + name, value));
		return values;
	}

	/**
	 * What a key the engine keeps only for some runs means when nothing sets it: the debugger's
	 * (a run that does not debug keeps none of them).
	 */
	static String whenNotSet(String key) {
		return switch (key) {
			case "debugger.mode" -> "auto";
			case "debugger.address" -> Debugger.ANY_PORT;
			case "debugger.attach-timeout" -> duration(Debugger.DEFAULT_ATTACH_TIMEOUT);
			case "debugger.stdin" -> "false";
			case "tracer.jfr-settings" -> Tracer.DEFAULT_SETTINGS;
			default -> NOT_SET;
		};
	}

	/** {@code auto} says what it comes to on this machine. */
	private static String testMemory(TestMemory setting) {
		if (setting.mode() != TestMemory.Mode.AUTO) {
			return setting.written();
		}
		return MemoryPlan.budget(setting).stream().mapToObj(b -> "auto (" + MemorySize.format(b) + ")").findFirst()
				.orElse("auto (none: this machine's memory cannot be read)");
	}

	private static String word(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static String duration(Optional<Duration> duration) {
		return duration.map(EffectiveValues::duration).orElse(NONE);
	}

	/** As the settings are written: {@code 250ms}, {@code 30s}, {@code 2m}. */
	static String duration(Duration duration) {
		long millis = duration.toMillis();
		if (millis != 0 && millis % 60_000 == 0) {
			return millis / 60_000 + "m";
		}
		if (millis % 1_000 == 0) {
			return millis / 1_000 + "s";
		}
		return millis + "ms";
	}
}
