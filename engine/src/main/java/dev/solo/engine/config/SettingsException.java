package dev.solo.engine.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * A setting that cannot be used. Its message is one line naming where the setting was written
 * and what is wrong: {@code invalid value 'many' for solo.retries: expected a whole number}, or
 * {@code .config/solo.toml:3: retries: expected an integer, found "lots"}.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class SettingsException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public SettingsException(String key, String value, String expected) {
		super("invalid value '" + value + "' for " + key + ": " + expected);
	}

	private SettingsException(String message) {
		super(message);
	}

	/** A problem with the key {@code key} written at {@code where} (a parameter name, or {@code file:line}). */
	static SettingsException at(String where, String key, String problem) {
		return new SettingsException(where.isEmpty() ? key + ": " + problem : where + ": " + key + ": " + problem);
	}

	/** As {@link #at(String, String, String)}, for the parts of Solo that apply settings outside this package. */
	public static SettingsException located(String where, String key, String problem) {
		return at(where, key, problem);
	}

	/** A problem that belongs to no one key, such as text that is not TOML. */
	static SettingsException at(String where, String problem) {
		return new SettingsException(where + ": " + problem);
	}
}
