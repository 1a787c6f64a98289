package dev.solo.engine.config;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;

import org.apiguardian.api.API;

/**
 * The user's own Solo settings, {@code $XDG_CONFIG_HOME/solo/config.toml} else
 * {@code ~/.config/solo/config.toml}: today its {@code [record]} table. {@code SOLO_RECORD=0}
 * turns recording off whatever the file says.
 * <pre>
 * [record]
 * enabled = true            # SOLO_RECORD=0 / 1 overrides it
 * max-records = 100         # runs kept per workspace
 * max-total-size = "1GB"    # their compressed size: B, KB, MB, GB, TB, or KiB, MiB, GiB, TiB
 * max-age = "30d"           # by when each was last written: d, h, m, s, as 1d12h
 * </pre>
 */
@API(status = EXPERIMENTAL, since = "0.1", consumers = "dev.solo.launcher")
public record UserConfig(boolean recordEnabled, Retention retention) {
	public static final UserConfig DEFAULT = new UserConfig(true, Retention.DEFAULT);

	/** The variable that turns recording on ({@code 1}, {@code true}, {@code on}) or off ({@code 0}, {@code false}, {@code off}). */
	public static final String RECORD_VARIABLE = "SOLO_RECORD";

	/** Reads the user's file as {@code environment} locates it; a bad file is a {@code SettingsException} naming it. */
	public static UserConfig load(Map<String, String> environment) {
		Path file = file(environment);
		UserConfig config = Files.isRegularFile(file) ? UserConfigFile.read(file) : DEFAULT;
		String variable = environment.get(RECORD_VARIABLE);
		if (variable == null || variable.isBlank()) {
			return config;
		}
		return new UserConfig(switch (variable.strip().toLowerCase(Locale.ROOT)) {
			case "1", "true", "on", "yes" -> true;
			case "0", "false", "off", "no" -> false;
			default -> throw new SettingsException(RECORD_VARIABLE, variable, "expected 1 (record) or 0 (do not)");
		}, config.retention());
	}

	/** The file {@code environment} points at, whether or not it exists. */
	public static Path file(Map<String, String> environment) {
		String xdg = environment.get("XDG_CONFIG_HOME");
		if (xdg != null && !xdg.isEmpty()) {
			return Paths.get(xdg, "solo", "config.toml");
		}
		return Paths.get(System.getProperty("user.home"), ".config", "solo", "config.toml");
	}
}
