package dev.solo.engine.files;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;

import org.apiguardian.api.API;

/**
 * Solo's cache folder: {@code $SOLO_CACHE_DIR}, else {@code $XDG_CACHE_HOME/solo}, else
 * {@code ~/.cache/solo}, created owner-only.
 */
@API(status = INTERNAL, since = "0.1")
public final class SoloCache {
	private SoloCache() {
	}

	public static Path root() {
		String explicit = System.getenv("SOLO_CACHE_DIR");
		if (explicit != null && !explicit.isEmpty()) {
			return Paths.get(explicit);
		}
		String xdg = System.getenv("XDG_CACHE_HOME");
		if (xdg != null && !xdg.isEmpty()) {
			return Paths.get(xdg, "solo");
		}
		return Paths.get(System.getProperty("user.home"), ".cache", "solo");
	}

	/** A sub-folder of the cache, created owner-only if missing. */
	public static Path folder(String name) throws IOException {
		Path folder = root().resolve(name);
		if (!Files.isDirectory(folder)) {
			Files.createDirectories(folder);
			try {
				Files.setPosixFilePermissions(root(), PosixFilePermissions.fromString("rwx------"));
				Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
			}
			catch (UnsupportedOperationException notPosix) {
				// Windows: the user's profile folder is already private
			}
		}
		return folder;
	}
}
