package dev.solo.engine.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.apiguardian.api.API;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * Where each setting of a run comes from, read by the same rule as {@link Settings} reads the
 * values (a {@code solo.*} parameter, else the resolved profile, else Solo's default): what
 * {@code solo show-config} prints beside each value.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class SettingOrigins {
	public enum Kind { DEFAULT, PARAMETER, PROFILE }

	/**
	 * @param key the canonical key, dotted, without {@code solo.} ({@code slow-timeout.period}, {@code env.NAME})
	 * @param text the value as written; empty for a default
	 * @param where the parameter's name ({@code solo.retries}), or the file and line; empty for a default
	 * @param profile the profile whose table holds the value, for {@link Kind#PROFILE}
	 */
	public record Origin(String key, Kind kind, Optional<String> text, String where, Optional<String> profile) {
	}

	private SettingOrigins() {
	}

	/** Every known setting, then each {@code env.NAME} set anywhere, under {@code profile} (already checked). */
	public static List<Origin> of(ConfigurationParameters parameters, Path workingDirectory, String profile) {
		SoloConfig config = SoloConfig.load(workingDirectory, workingDirectory);
		ResolvedProfile resolved = config.resolve(profile);
		Settings.Reader reader = new Settings.Reader(parameters, resolved);
		List<String> keys = new ArrayList<>(SettingKeys.profileKeys());
		TreeSet<String> env = new TreeSet<>();
		resolved.values().keySet().stream().filter(k -> k.startsWith("env.")).forEach(env::add);
		parameters.keySet().stream().filter(k -> k.startsWith(Settings.PREFIX + "env."))
				.map(k -> k.substring(Settings.PREFIX.length())).forEach(env::add);
		keys.addAll(env);
		List<Origin> origins = new ArrayList<>();
		for (String key : keys) {
			origins.add(reader.value(key).map(value -> origin(key, value, config))
					.orElseGet(() -> new Origin(key, Kind.DEFAULT, Optional.empty(), "", Optional.empty())));
		}
		return origins;
	}

	private static Origin origin(String key, SettingValue value, SoloConfig config) {
		if (value instanceof SettingValue.Parameter parameter) {
			return new Origin(key, Kind.PARAMETER, Optional.of(parameter.text()), parameter.name(), Optional.empty());
		}
		SettingValue.File file = (SettingValue.File) value;
		// The resolved profile holds the very value of the profile that set it, inherited or not.
		Optional<String> profile = config.profiles().values().stream()
				.filter(p -> p.values().values().stream().anyMatch(v -> v == file)).map(Profile::name).findFirst();
		return new Origin(key, Kind.PROFILE, Optional.of(file.text()), file.where(), profile);
	}
}
