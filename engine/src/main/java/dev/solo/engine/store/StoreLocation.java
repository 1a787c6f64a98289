package dev.solo.engine.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which folder of {@code records/} is a workspace's: its folder's name, for people looking at
 * the cache, and a hash of its canonical path, so that two checkouts named alike, or one reached
 * through a symbolic link, never share or split a store.
 */
final class StoreLocation {
	private static final int NAME_LIMIT = 48;

	private StoreLocation() {
	}

	static Path of(Path records, Path workspaceRoot) throws IOException {
		Path canonical = Files.exists(workspaceRoot) ? workspaceRoot.toRealPath()
				: workspaceRoot.toAbsolutePath().normalize();
		String hash = Sha256.hex(canonical.toString().getBytes(UTF_8)).substring(0, 12);
		return records.resolve(name(canonical) + "-" + hash);
	}

	/** The last segment, reduced to characters every file system takes. */
	static String name(Path canonical) {
		Path last = canonical.getFileName();
		String name = last == null ? "" : last.toString().replaceAll("[^A-Za-z0-9._-]", "_");
		name = name.replaceAll("^\\.+", "");
		if (name.length() > NAME_LIMIT) {
			name = name.substring(0, NAME_LIMIT);
		}
		return name.isEmpty() ? "root" : name;
	}
}
