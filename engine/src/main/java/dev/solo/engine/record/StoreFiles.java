package dev.solo.engine.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The store's file operations: owner-only folders and files (a run's command line and
 * environment are the user's business), writes that readers never see half done, and the
 * measures pruning goes by.
 */
final class StoreFiles {
	private StoreFiles() {
	}

	/** Creates {@code folder} and any missing parents, each new one rwx------. */
	static void ownerOnlyFolder(Path folder) throws IOException {
		Path absolute = folder.toAbsolutePath();
		if (Files.isDirectory(absolute)) {
			return;
		}
		if (absolute.getParent() != null) {
			ownerOnlyFolder(absolute.getParent());
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

	/** Writes {@code bytes} to {@code file} through a temporary file beside it, moved into place atomically. */
	static void writeAtomically(Path file, byte[] bytes) throws IOException {
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

	/** Creates {@code file} empty and rw------- if missing. */
	static void ownerOnlyFile(Path file) throws IOException {
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

	/** Deletes {@code folder} and all it holds; gone already is fine. */
	static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (NoSuchFileException goneMeanwhile) {
			// deleted by another JVM as we began
		}
		catch (UncheckedIOException e) {
			if (!(e.getCause() instanceof NoSuchFileException)) {
				throw e.getCause();
			}
		}
	}

	/** The bytes the files under {@code folder} take, 0 if it is gone. */
	static long size(Path folder) throws IOException {
		return walk(folder, 0L, (total, path) -> total + Files.size(path));
	}

	/** When a file under {@code folder} was last written (a recorder appending to its log), {@link Instant#MIN} if none. */
	static Instant lastModified(Path folder) throws IOException {
		return walk(folder, Instant.MIN, (latest, path) -> {
			Instant modified = Files.getLastModifiedTime(path).toInstant();
			return modified.isAfter(latest) ? modified : latest;
		});
	}

	private static void restrict(Path path, String permissions) throws IOException {
		try {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
		}
		catch (UnsupportedOperationException notPosix) {
			// Windows: the user's profile folder is already private
		}
	}

	private interface Fold<T> {
		T apply(T accumulated, Path file) throws IOException;
	}

	private static <T> T walk(Path folder, T initial, Fold<T> fold) throws IOException {
		if (!Files.isDirectory(folder)) {
			return initial;
		}
		T result = initial;
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				try {
					result = fold.apply(result, path);
				}
				catch (NoSuchFileException goneMeanwhile) {
					// a temporary file moved into place as we looked
				}
			}
		}
		catch (UncheckedIOException e) {
			if (!(e.getCause() instanceof NoSuchFileException)) {
				throw e.getCause();
			}
		}
		return result;
	}
}
