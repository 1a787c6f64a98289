package dev.solo.engine.files;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

import org.apiguardian.api.API;

/**
 * Folders and files only their user can read (a run's command line and environment are the
 * user's business), and writes that readers never see half done.
 */
@API(status = INTERNAL, since = "0.1")
public final class OwnerOnlyFiles {
	private OwnerOnlyFiles() {
	}

	/** Creates {@code folder} and any missing parents, each new one rwx------. */
	public static void folder(Path folder) throws IOException {
		Path absolute = folder.toAbsolutePath();
		if (Files.isDirectory(absolute)) {
			return;
		}
		if (absolute.getParent() != null) {
			folder(absolute.getParent());
		}
		try {
			Files.createDirectory(absolute);
		}
		catch (FileAlreadyExistsException raced) {
			// another JVM made it first: it made it owner-only too
			return;
		}
		restrict(absolute, "rwx------");
	}

	/** Creates {@code file} empty and rw------- if missing. */
	public static void file(Path file) throws IOException {
		if (!Files.exists(file)) {
			try {
				Files.createFile(file);
			}
			catch (FileAlreadyExistsException raced) {
				return;
			}
			restrict(file, "rw-------");
		}
	}

	/** Writes {@code bytes} to {@code file} through a temporary file beside it, moved into place atomically. */
	public static void writeAtomically(Path file, byte[] bytes) throws IOException {
		Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
		try {
			restrict(temporary, "rw-------");
			Files.write(temporary, bytes);
			try {
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException notAtomic) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static void restrict(Path path, String permissions) throws IOException {
		try {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
		}
		catch (UnsupportedOperationException notPosix) {
			// Windows: the user's profile folder is already private
		}
	}
}
