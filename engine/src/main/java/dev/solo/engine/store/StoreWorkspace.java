package dev.solo.engine.store;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.config.Settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apiguardian.api.API;

/**
 * Which workspace's store a run is recorded in. Surefire runs each Maven module in its own
 * folder while {@code solo run} starts from the project's root, so a rerun from either must
 * find the other's runs: the workspace is the folder of {@code .config/solo.toml} when there
 * is one, else the top of the Maven project the working directory is in, else the working directory.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class StoreWorkspace {
	private StoreWorkspace() {
	}

	public static Path of(Settings settings) {
		// The settings' root is already the folder of .config/solo.toml, when there is one.
		return from(settings.workspaceRoot());
	}

	/** The workspace a run started in {@code directory} is recorded under: what the store commands read. */
	public static Path from(Path directory) {
		Path start = directory.toAbsolutePath().normalize();
		for (Path folder = start; folder != null; folder = folder.getParent()) {
			if (Files.isRegularFile(folder.resolve(".config").resolve("solo.toml"))) {
				return canonical(folder);
			}
		}
		return canonical(projectRoot(start));
	}

	/** The highest folder above {@code start} reached through folders that each hold a {@code pom.xml}. */
	static Path projectRoot(Path start) {
		Path top = start;
		if (!Files.isRegularFile(start.resolve("pom.xml"))) {
			return start;
		}
		for (Path parent = start.getParent(); parent != null; parent = parent.getParent()) {
			if (!Files.isRegularFile(parent.resolve("pom.xml"))) {
				break;
			}
			top = parent;
			if (Files.isDirectory(parent.resolve(".mvn")) || Files.exists(parent.resolve(".git"))) {
				break;
			}
		}
		return top;
	}

	private static Path canonical(Path path) {
		try {
			return path.toRealPath();
		}
		catch (IOException e) {
			return path;
		}
	}
}
