package dev.solo.engine.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * One {@code [profile.NAME]} of {@code .config/solo.toml}, as written (before inheritance).
 *
 * @param values its settings, keyed by canonical dotted name ({@code slow-timeout.period})
 * @param overrides its {@code [[profile.NAME.overrides]]}, in file order
 * @param scripts its {@code [[profile.NAME.scripts]]}, in file order
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record Profile(String name, Optional<String> inherits, Map<String, SettingValue.File> values,
		List<ProfileOverride> overrides, List<ProfileScripts> scripts) {

	public static final String DEFAULT = "default";

	public Profile(String name, Optional<String> inherits, Map<String, SettingValue.File> values,
			List<ProfileOverride> overrides) {
		this(name, inherits, values, overrides, List.of());
	}

	static Profile empty(String name) {
		return new Profile(name, Optional.empty(), Map.of(), List.of());
	}
}
