package dev.solo.engine.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads {@code ~/.config/solo/config.toml} strictly, as {@code .config/solo.toml} is read: a
 * table or key Solo does not know is an error that suggests the nearest one it does, since a
 * misspelt limit silently left at its default is worse than a run that stops to say so.
 */
final class UserConfigFile {
	private static final List<String> TABLES = List.of("record");
	private static final List<String> RECORD_KEYS = List.of("enabled", "max-records", "max-total-size", "max-age");

	private final Path file;
	private final UserConfigLines lines;

	private UserConfigFile(Path file, UserConfigLines lines) {
		this.file = file;
		this.lines = lines;
	}

	static UserConfig read(Path file) {
		return parse(TomlText.read(file, file.toString()), file);
	}

	static UserConfig parse(String text, Path file) {
		JsonNode root = TomlText.parse(text, file.toString());
		return new UserConfigFile(file, UserConfigLines.of(text)).config(root);
	}

	private UserConfig config(JsonNode root) {
		UserConfig config = UserConfig.DEFAULT;
		for (Map.Entry<String, JsonNode> entry : root.properties()) {
			if (!entry.getKey().equals("record")) {
				throw error(entry.getKey(), null, "unknown table" + suggestion(entry.getKey(), TABLES));
			}
			if (!entry.getValue().isObject()) {
				throw error("record", null, "expected a table ([record]), found " + entry.getValue());
			}
			config = record(entry.getValue());
		}
		return config;
	}

	private UserConfig record(JsonNode table) {
		for (Map.Entry<String, JsonNode> entry : table.properties()) {
			if (!RECORD_KEYS.contains(entry.getKey())) {
				throw error("record", entry.getKey(), "unknown key" + suggestion(entry.getKey(), RECORD_KEYS));
			}
		}
		Retention defaults = Retention.DEFAULT;
		boolean enabled = value(table, "enabled", "true or false", node -> node.isBoolean()
				? Optional.of(node.booleanValue()) : Optional.empty()).orElse(true);
		int maxRecords = value(table, "max-records", "a positive whole number, such as 100", node ->
				node.canConvertToInt() && node.isIntegralNumber() && node.intValue() > 0 ? Optional.of(node.intValue())
						: Optional.empty()).orElse(defaults.maxRecords());
		long maxTotalBytes = value(table, "max-total-size", "a size such as \"500MB\", \"1GB\" or \"2GiB\"", node ->
				node.isTextual() ? RecordLimits.size(node.textValue()).filter(bytes -> bytes > 0)
						: node.isIntegralNumber() && node.longValue() > 0 ? Optional.of(node.longValue())
						: Optional.<Long>empty()).orElse(defaults.maxTotalBytes());
		Duration maxAge = value(table, "max-age", "an age such as \"30d\" or \"12h\"", node -> node.isTextual()
				? RecordLimits.age(node.textValue()).filter(age -> !age.isZero()) : Optional.<Duration>empty())
				.orElse(defaults.maxAge());
		return new UserConfig(enabled, new Retention(maxRecords, maxTotalBytes, maxAge));
	}

	/** {@code key}'s value as {@code convert} reads it; absent is empty, a value it cannot read an error. */
	private <T> Optional<T> value(JsonNode table, String key, String expected, Function<JsonNode, Optional<T>> convert) {
		JsonNode node = table.get(key);
		if (node == null) {
			return Optional.empty();
		}
		Optional<T> value = convert.apply(node);
		if (value.isEmpty()) {
			throw error("record", key, "expected " + expected + ", found " + node);
		}
		return value;
	}

	private SettingsException error(String table, String key, String problem) {
		int line = key == null ? lines.tableLine(table) : lines.keyLine(table, key);
		return SettingsException.located(file + ":" + line, key == null ? table : table + "." + key, problem);
	}

	/** As {@code .config/solo.toml}'s messages: a key that continues what was typed, else one a few edits away. */
	static String suggestion(String key, List<String> known) {
		Optional<String> continued = known.stream().filter(candidate -> candidate.startsWith(key))
				.min(Comparator.comparingInt(String::length));
		int limit = Math.max(3, key.length() / 3);
		Optional<String> nearest = continued.or(() -> known.stream()
				.filter(candidate -> EditDistance.between(key, candidate) <= limit)
				.min(Comparator.comparingInt(candidate -> EditDistance.between(key, candidate))));
		return nearest.map(near -> "; did you mean " + near + "?").orElse("");
	}
}
