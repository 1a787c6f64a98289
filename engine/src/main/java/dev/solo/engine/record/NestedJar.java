package dev.solo.engine.record;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A jar carried inside the engine's jar, written out to a folder so that a class loader can
 * open it. The file is named by its content's hash: a newer Solo never picks up an older copy,
 * and JVMs that extract at once write the same bytes to the same name, each through a temporary
 * file moved into place, so none ever opens a half-written jar.
 */
final class NestedJar {
	private NestedJar() {
	}

	/** The copy of resource {@code resource} (of {@code owner}'s loader) in {@code folder}, written if missing. */
	static Path extract(Class<?> owner, String resource, String baseName, Path folder) throws IOException {
		byte[] bytes;
		try (InputStream in = owner.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException("the Solo engine jar holds no " + resource.substring(1));
			}
			bytes = in.readAllBytes();
		}
		Path target = folder.resolve(baseName + "-" + Sha256.hex(bytes).substring(0, 16) + ".jar");
		if (Files.isRegularFile(target) && Files.size(target) == bytes.length) {
			return target;
		}
		Path temporary = Files.createTempFile(folder, "." + baseName, ".tmp");
		try {
			ownerOnly(temporary);
			try (OutputStream out = Files.newOutputStream(temporary)) {
				out.write(bytes);
			}
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException notAtomic) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(temporary);
		}
		return target;
	}

	private static void ownerOnly(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException notPosix) {
			// Windows: the user's profile folder is already private
		}
	}
}
