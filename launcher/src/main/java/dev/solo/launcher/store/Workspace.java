package dev.solo.launcher.store;

import dev.solo.engine.record.RunStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * Whose recorded runs a command reads: the workspace the engine records a run under, the folder
 * holding {@code .config/solo.toml} (looked for from the working directory upward, as the engine
 * looks), else the working directory itself; {@code --workspace DIR} (or {@code --maven DIR}, as
 * {@code solo run} takes a project) looks from there instead.
 */
public final class Workspace {
	@Option(names = { "--workspace", "--maven" }, paramLabel = "DIR",
			description = "Read the runs recorded in DIR (a Maven project's root, say) instead of the working directory.")
	Path dir;

	/** The workspace's canonical path: the store is found by it, whichever way it was reached. */
	public Path root() throws IOException {
		Path start = (dir != null ? dir : Path.of(System.getProperty("user.dir"))).toAbsolutePath().normalize();
		for (Path folder = start; folder != null; folder = folder.getParent()) {
			if (Files.isRegularFile(folder.resolve(".config").resolve("solo.toml"))) {
				return folder.toRealPath();
			}
		}
		return start.toRealPath();
	}

	public RunStore store() throws IOException {
		return RunStore.forWorkspace(root());
	}
}
