package dev.solo.engine.config;

import java.util.ArrayList;
import java.util.List;

/** The text of {@code .config/solo.toml} as messages name it: which file, which line. */
final class TomlSource {
	private final String displayName;
	private final KeyLines lines;

	TomlSource(String displayName, KeyLines lines) {
		this.displayName = displayName;
		this.lines = lines;
	}

	String displayName() {
		return displayName;
	}

	int line(List<String> path) {
		return lines.lineOf(path);
	}

	/** {@code file:line} of the key at {@code path}. */
	String where(List<String> path) {
		return displayName + ":" + line(path);
	}

	SettingsException error(List<String> path, String key, String problem) {
		return SettingsException.at(where(path), key, problem);
	}

	static List<String> child(List<String> path, String segment) {
		List<String> longer = new ArrayList<>(path);
		longer.add(segment);
		return List.copyOf(longer);
	}
}
