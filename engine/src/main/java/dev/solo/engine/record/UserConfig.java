package dev.solo.engine.record;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.Map;

import org.apiguardian.api.API;

/**
 * The user's own Solo settings, {@code $XDG_CONFIG_HOME/solo/config.toml} else
 * {@code ~/.config/solo/config.toml}: today its {@code [record]} table. {@code SOLO_RECORD=0}
 * turns recording off whatever the file says.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record UserConfig(boolean recordEnabled, Retention retention) {
	public static final UserConfig DEFAULT = new UserConfig(true, Retention.DEFAULT);

	/** Reads the user's file as {@code environment} locates it; a bad file is a {@code SettingsException} naming it. */
	public static UserConfig load(Map<String, String> environment) {
		throw new UnsupportedOperationException("TODO");
	}

	/** The file {@code environment} points at, whether or not it exists. */
	public static Path file(Map<String, String> environment) {
		throw new UnsupportedOperationException("TODO");
	}
}
