package dev.solo.engine.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * Where {@code .config/solo.toml} is: searched from the working directory upward, as nextest
 * searches for {@code .config/nextest.toml}. The folder holding {@code .config} is the
 * workspace root ({@code SOLO_WORKSPACE_ROOT}).
 *
 * @param path the file
 * @param workspaceRoot the folder that holds its {@code .config}
 * @param displayName how messages name the file: relative to the working directory when inside it
 */
@API(status = INTERNAL, since = "0.1")
public record ConfigFile(Path path, Path workspaceRoot, String displayName) {
	static final Path RELATIVE = Path.of(".config", "solo.toml");

	/** The nearest {@code .config/solo.toml} at or above {@code start}; names relative to {@code workingDirectory}. */
	static Optional<ConfigFile> find(Path start, Path workingDirectory) {
		Path working = workingDirectory.toAbsolutePath().normalize();
		for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve(RELATIVE);
			if (Files.isRegularFile(candidate)) {
				String display = candidate.startsWith(working) ? working.relativize(candidate).toString()
						: candidate.toString();
				return Optional.of(new ConfigFile(candidate, dir, display));
			}
		}
		return Optional.empty();
	}
}
