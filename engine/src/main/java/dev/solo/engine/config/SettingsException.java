package dev.solo.engine.config;

/** A setting whose value cannot be used; its message names the key, the value and what was expected. */
public final class SettingsException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public SettingsException(String key, String value, String expected) {
		super("invalid value '" + value + "' for " + key + ": " + expected);
	}
}
