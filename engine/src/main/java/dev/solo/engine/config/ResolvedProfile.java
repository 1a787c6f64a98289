package dev.solo.engine.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * The profile a run uses, its {@code inherits} chain and the {@code default} profile folded
 * into one set of values: the selected profile's win over what it inherits, which win over
 * {@code default}'s.
 *
 * @param overrides the selected profile's overrides first, then those it inherits, then {@code default}'s
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record ResolvedProfile(String name, Map<String, SettingValue.File> values, List<ProfileOverride> overrides) {

	static ResolvedProfile none(String name) {
		return new ResolvedProfile(name, Map.of(), List.of());
	}

	/** This profile with {@code values} over its own, as an override's are. */
	ResolvedProfile overlaid(Map<String, SettingValue.File> values) {
		Map<String, SettingValue.File> merged = new java.util.LinkedHashMap<>(this.values);
		merged.putAll(values);
		return new ResolvedProfile(name, merged, overrides);
	}

	Optional<SettingValue.File> value(String canonicalKey) {
		return Optional.ofNullable(values.get(canonicalKey));
	}
}
