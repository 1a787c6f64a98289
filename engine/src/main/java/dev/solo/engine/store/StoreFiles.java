package dev.solo.engine.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The store's folders deleted and measured as pruning goes by them, while other JVMs may be
 * writing in them (owner-only folders and atomic writes are {@code files.OwnerOnlyFiles}).
 */
final class StoreFiles {
	private StoreFiles() {
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
