package dev.solo.launcher.archive;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where a build machine's file goes in an archive: under {@code workspace/} by its path from the
 * workspace root (so a module's folders keep their shape, and its working directory exists once
 * extracted), else under {@code lib/} in a folder named by a hash of the folder it was in. The
 * name depends on the path alone, so the same jar used by several modules is stored once and
 * two jars of one name from different folders never collide.
 */
final class ArchiveLayout {
	static final String WORKSPACE = "workspace";
	static final String LIBRARIES = "lib";

	private final Path root;

	ArchiveLayout(Path workspaceRoot) {
		this.root = workspaceRoot.toAbsolutePath().normalize();
	}

	String nameOf(Path file) {
		Path path = file.toAbsolutePath().normalize();
		if (path.startsWith(root)) {
			return EntryName.join(WORKSPACE, slashed(root.relativize(path)));
		}
		Path parent = path.getParent();
		String folder = parent == null ? "root" : hash(parent.toString());
		return LIBRARIES + "/" + folder + "/" + path.getFileName();
	}

	/** {@code path} from the workspace root, {@code /}-separated; empty when it is not inside it. */
	String inWorkspace(Path path) {
		Path normal = path.toAbsolutePath().normalize();
		return normal.startsWith(root) ? slashed(root.relativize(normal)) : "";
	}

	boolean isInWorkspace(Path path) {
		return path.toAbsolutePath().normalize().startsWith(root);
	}

	private static String slashed(Path relative) {
		return relative.toString().replace('\\', '/');
	}

	private static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8));
			return HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
