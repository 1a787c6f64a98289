package dev.solo.engine.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;

import org.apiguardian.api.API;

/**
 * One setting's value with where it came from, so that a value found wanting is reported where
 * the user wrote it: as the parameter, or as the file and line.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public sealed interface SettingValue {

	/** The value as text: a TOML integer or boolean in its TOML spelling, an array's items joined by spaces. */
	String text();

	/** The value as a list: a TOML array's items, or the text split on white space. */
	List<String> items();

	/** The failure for this value not being what {@code expected} describes. */
	SettingsException invalid(String expected);

	/** A {@code solo.*} configuration parameter (from {@code -D}, {@code junit-platform.properties}, the host…). */
	record Parameter(String name, String text) implements SettingValue {
		@Override
		public List<String> items() {
			return List.of(text.trim().split("\\s+"));
		}

		@Override
		public SettingsException invalid(String expected) {
			return new SettingsException(name, text, expected);
		}
	}

	/**
	 * A value of {@code .config/solo.toml}.
	 *
	 * @param key the key as written in its profile, dotted ({@code slow-timeout.period})
	 * @param where {@code file:line}
	 * @param written the value as TOML writes it, for messages ({@code "lots"}, {@code 2})
	 */
	record File(String key, String text, List<String> items, String where, String written) implements SettingValue {
		@Override
		public SettingsException invalid(String expected) {
			return SettingsException.at(where, key, expected + ", found " + written);
		}
	}
}
