package dev.solo.engine.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes {@code .config/solo.toml} into a test's folder and reads settings from there. */
final class TomlFiles {
	private TomlFiles() {
	}

	static Path write(Path workspace, String toml) {
		try {
			Path file = workspace.resolve(".config").resolve("solo.toml");
			Files.createDirectories(file.getParent());
			Files.writeString(file, toml);
			return file;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static SoloConfig load(Path workspace, String toml) {
		write(workspace, toml);
		return SoloConfig.load(workspace, workspace);
	}

	static Settings settings(Path workspace, String toml, Map<String, String> parameters) {
		write(workspace, toml);
		return Settings.from(SettingsTest.parameters(parameters), workspace);
	}
}
