package dev.solo.engine.config;

import org.junit.platform.engine.ConfigurationParameters;

/** Refuses a {@code solo.*} configuration parameter Solo does not know, naming the nearest one it does. */
final class UnknownParameters {
	private UnknownParameters() {
	}

	static void check(ConfigurationParameters parameters) {
		for (String key : parameters.keySet()) {
			if (!key.startsWith(Settings.PREFIX)) {
				continue;
			}
			String name = key.substring(Settings.PREFIX.length());
			if (!SettingKeys.isParameter(name)) {
				String suggestion = SettingKeys.nearestParameter(name)
						.map(near -> "; did you mean " + Settings.PREFIX + near + "?").orElse("");
				throw SettingsException.at("", key, "unknown setting" + suggestion);
			}
		}
	}
}
