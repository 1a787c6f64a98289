package dev.solo.launcher.archive;

import dev.solo.engine.config.ScriptDefinition;
import dev.solo.engine.config.SettingsException;
import dev.solo.engine.config.SoloConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The files of the workspace an archive takes beside {@code .config/solo.toml}, for the setup and
 * teardown scripts, which run on the machine that runs the archive, from its extracted workspace:
 * every word of a script's command that names a file under the workspace root
 * ({@code ./start-server.sh}, {@code sh scripts/start-db.sh}), and what {@code [archive] include}
 * names (files, and folders whole), for what the scripts read besides. A program found on the
 * {@code PATH} ({@code docker}, {@code sh}) is that machine's.
 */
final class WorkspaceFiles {
	private WorkspaceFiles() {
	}

	/**
	 * The files under {@code root}, relative to it, in name order; none when the config cannot be
	 * read (the run reads the same file and names what is wrong with it).
	 *
	 * @throws IOException naming an {@code [archive] include} that is not there
	 */
	static List<Path> of(Path root) throws IOException {
		SoloConfig config;
		try {
			config = SoloConfig.load(root, root);
		}
		catch (SettingsException e) {
			return List.of();
		}
		Path workspace = root.toAbsolutePath().normalize();
		Set<Path> files = new TreeSet<>();
		Stream.concat(config.scripts().setup().values().stream(), config.scripts().teardown().values().stream())
				.map(ScriptDefinition::command).flatMap(List::stream)
				.forEach(word -> fileUnder(workspace, word).ifPresent(files::add));
		for (String include : config.archiveIncludes()) {
			Path path = workspace.resolve(include).normalize();
			if (!Files.exists(path)) {
				throw new IOException(ProjectArchive.CONFIG + ": archive.include: " + include
						+ " is not in the workspace " + workspace);
			}
			try (Stream<Path> walk = Files.walk(path)) {
				walk.filter(Files::isRegularFile).map(workspace::relativize).forEach(files::add);
			}
			catch (UncheckedIOException e) {
				throw e.getCause();
			}
		}
		return new ArrayList<>(files);
	}

	private static java.util.Optional<Path> fileUnder(Path workspace, String word) {
		try {
			Path path = Path.of(word);
			Path file = workspace.resolve(path).normalize();
			if (!word.isEmpty() && !path.isAbsolute() && file.startsWith(workspace) && Files.isRegularFile(file)) {
				return java.util.Optional.of(workspace.relativize(file));
			}
		}
		catch (InvalidPathException notAPath) {
			// an argument, not a file
		}
		return java.util.Optional.empty();
	}
}
