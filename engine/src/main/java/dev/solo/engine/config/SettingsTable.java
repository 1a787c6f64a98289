package dev.solo.engine.config;

import static dev.solo.engine.config.TomlSource.child;

import dev.solo.engine.config.SettingKeys.Kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the settings of one TOML table (a profile, or one of its overrides) into dotted keys,
 * exactly as the {@code solo.*} parameters name them: {@code [profile.ci.slow-timeout]
 * period = "60s"}, {@code slow-timeout = "60s"} and {@code slow-timeout = { period = "60s" }}
 * all become {@code slow-timeout.period}. Every key must be known and every value of its kind.
 */
final class SettingsTable {

	/** The keys a table takes. */
	enum Scope {
		PROFILE(SettingKeys::profileKind, SettingKeys::isProfileTable, SettingKeys::nearestProfileKey),
		OVERRIDE(SettingKeys::overrideKind, SettingKeys::isOverrideTable, SettingKeys::nearestOverrideKey);

		private final Function<String, Optional<Kind>> kinds;
		private final Predicate<String> tables;
		private final Function<String, Optional<String>> nearest;

		Scope(Function<String, Optional<Kind>> kinds, Predicate<String> tables,
				Function<String, Optional<String>> nearest) {
			this.kinds = kinds;
			this.tables = tables;
			this.nearest = nearest;
		}
	}

	private final TomlSource source;
	private final Scope scope;
	private final Map<String, SettingValue.File> values = new LinkedHashMap<>();

	private SettingsTable(TomlSource source, Scope scope) {
		this.source = source;
		this.scope = scope;
	}

	/**
	 * The settings of {@code table} (at {@code path}), keyed by their canonical dotted names;
	 * {@code handledElsewhere} are keys the caller reads itself ({@code inherits}, {@code filter}…).
	 */
	static Map<String, SettingValue.File> read(TomlSource source, Scope scope, List<String> path, JsonNode table,
			Set<String> handledElsewhere) {
		SettingsTable reader = new SettingsTable(source, scope);
		for (Map.Entry<String, JsonNode> field : table.properties()) {
			if (!handledElsewhere.contains(field.getKey())) {
				reader.field("", path, field.getKey(), field.getValue());
			}
		}
		return reader.values;
	}

	private void field(String prefix, List<String> path, String name, JsonNode value) {
		String key = prefix.isEmpty() ? name : prefix + "." + name;
		List<String> at = child(path, name);
		Optional<Kind> kind = scope.kinds.apply(key);
		if (value.isObject()) {
			if (scope.tables.test(key)) {
				for (Map.Entry<String, JsonNode> field : value.properties()) {
					field(key, at, field.getKey(), field.getValue());
				}
				return;
			}
			if (kind.isPresent()) {
				throw source.error(at, key, "expected " + kind.get().expected + ", found a table");
			}
			throw unknown(at, key);
		}
		if (kind.isEmpty()) {
			throw scope.tables.test(key) ? source.error(at, key, "expected a table, found " + value) : unknown(at, key);
		}
		values.put(SettingKeys.canonical(key), checked(kind.get(), at, key, value));
	}

	private SettingsException unknown(List<String> at, String key) {
		if (scope == Scope.PROFILE && SettingKeys.isParameterOnly(key)) {
			return source.error(at, key, "not a profile setting; set it as the configuration parameter solo." + key);
		}
		String suggestion = scope.nearest.apply(key).map(near -> "; did you mean " + near + "?").orElse("");
		return source.error(at, key, "unknown setting" + suggestion);
	}

	private SettingValue.File checked(Kind kind, List<String> at, String key, JsonNode value) {
		boolean fits = switch (kind) {
			case BOOLEAN -> value.isBoolean();
			case INTEGER -> value.isIntegralNumber() && value.canConvertToInt();
			case STRING, DURATION, MEMORY -> value.isTextual();
			case INTEGER_OR_STRING -> value.isTextual() || (value.isIntegralNumber() && value.canConvertToInt());
			case STRINGS -> value.isTextual() || (value.isArray() && allText(value));
		};
		if (!fits) {
			throw source.error(at, key, "expected " + kind.expected + ", found " + value);
		}
		if (kind == Kind.DURATION && DurationParser.tryParse(value.asText()).isEmpty()) {
			throw source.error(at, key, "expected a duration such as 250ms, 30s or 2m, found " + value);
		}
		if (kind == Kind.MEMORY && !TestMemory.isValid(key, value.asText())) {
			throw source.error(at, key, TestMemory.expected(key) + ", found " + value);
		}
		List<String> items = new ArrayList<>();
		if (value.isArray()) {
			value.forEach(item -> items.add(item.asText()));
		}
		else {
			items.addAll(List.of(value.asText().trim().split("\\s+")));
		}
		String text = value.isArray() ? String.join(" ", items) : value.asText();
		return new SettingValue.File(key, text, List.copyOf(items), source.where(at), value.toString());
	}

	private static boolean allText(JsonNode array) {
		for (JsonNode item : array) {
			if (!item.isTextual()) {
				return false;
			}
		}
		return true;
	}
}
