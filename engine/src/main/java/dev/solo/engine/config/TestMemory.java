package dev.solo.engine.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Locale;
import java.util.OptionalLong;

import org.apiguardian.api.API;

/**
 * {@code test-memory}: how much memory the test JVMs running at once may take together.
 * {@code auto} (the default) is what the machine has, or its container's cgroup limit where
 * that is lower, less a margin; {@code none} lets {@code test-threads} alone decide; a size
 * ({@code "6g"}) is that. Per test, {@code memory = "2g"} in an override says what the test's
 * JVM takes at its peak; see the scheduler's memory budget.
 *
 * @param bytes the size given, for {@link Mode#FIXED}; else 0
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record TestMemory(Mode mode, long bytes) {
	public enum Mode { AUTO, NONE, FIXED }

	public static final TestMemory AUTO = new TestMemory(Mode.AUTO, 0);
	public static final TestMemory NONE = new TestMemory(Mode.NONE, 0);

	static final String KEY = "test-memory";

	static TestMemory read(Settings.Reader reader) {
		return reader.value(KEY).map(v -> parse(v.text()).orElseThrow(() -> v.invalid(expected(KEY))))
				.orElse(AUTO);
	}

	/** {@code memory} of an override: the size its tests' JVMs take at their peak. */
	static OptionalLong readMemory(Settings.Reader reader) {
		return reader.value("memory").map(v -> {
			OptionalLong size = MemorySize.parse(v.text());
			if (size.isEmpty()) {
				throw v.invalid(expected("memory"));
			}
			return size;
		}).orElse(OptionalLong.empty());
	}

	static java.util.Optional<TestMemory> parse(String text) {
		String word = text.trim().toLowerCase(Locale.ROOT);
		if (word.equals("auto")) {
			return java.util.Optional.of(AUTO);
		}
		if (word.equals("none")) {
			return java.util.Optional.of(NONE);
		}
		OptionalLong size = MemorySize.parse(word);
		return size.isPresent() ? java.util.Optional.of(new TestMemory(Mode.FIXED, size.getAsLong()))
				: java.util.Optional.empty();
	}

	static boolean isValid(String key, String text) {
		return key.equals(KEY) ? parse(text).isPresent() : MemorySize.parse(text).isPresent();
	}

	static String expected(String key) {
		return key.equals(KEY) ? "expected auto, none, or a size such as \"6g\"" : MemorySize.EXPECTED;
	}

	/** As {@code show-config} writes it. */
	public String written() {
		return switch (mode) {
			case AUTO -> "auto";
			case NONE -> "none";
			case FIXED -> MemorySize.written(bytes);
		};
	}
}
