package dev.solo.engine.startup;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The cache folder of class-data archives: what an archive is named (a hash of what it was made
 * for), how a new one is put in place without replacing one children may have mapped, and which
 * are kept.
 */
final class ArchiveFolder {
	/** Archives kept in the cache; each is tens of MiB, one per distinct set of jars. */
	private static final int KEEP_ARCHIVES = 8;

	private ArchiveFolder() {
	}

	/**
	 * The archive's name: a hash of the JVM, the children's options, how Solo dumps for them and
	 * every jar (path, size, time), so it is rebuilt exactly when one of them changes.
	 */
	static String key(List<String> options, List<String> dumpOptions, List<String> jars)
			throws NoSuchAlgorithmException {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		StringBuilder text = new StringBuilder();
		text.append(System.getProperty("java.home")).append('\n').append(System.getProperty("java.vm.version"))
				.append('\n');
		options.forEach(o -> text.append(o).append('\n'));
		// How Solo dumps for these options: an archive an older Solo dumped otherwise is not this one.
		dumpOptions.forEach(o -> text.append("dump ").append(o).append('\n'));
		for (String jar : jars) {
			File file = new File(jar);
			text.append(jar).append('|').append(file.length()).append('|').append(file.lastModified()).append('\n');
		}
		return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)), 0, 16);
	}

	/** Keeps the most recently used archives; marks use by touching the file (see {@link ClassDataSharing#lease()}). */
	static void prune(Path folder) {
		try (java.util.stream.Stream<Path> files = Files.list(folder)) {
			List<Path> all = files.toList();
			long hourAgo = System.currentTimeMillis() - TimeUnit.HOURS.toMillis(1);
			// Class lists and half-written archives of runs that were killed.
			all.stream().filter(f -> !isArchive(f) && f.toFile().lastModified() < hourAgo)
					.forEach(ArchiveFolder::deleteQuietly);
			List<Path> archives = all.stream().filter(ArchiveFolder::isArchive)
					.sorted(java.util.Comparator.comparing((Path f) -> f.toFile().lastModified()).reversed())
					.toList();
			for (Path old : archives.subList(Math.min(KEEP_ARCHIVES, archives.size()), archives.size())) {
				deleteQuietly(old);
			}
		}
		catch (IOException e) {
			// pruning is housekeeping
		}
	}

	private static boolean isArchive(Path file) {
		return file.toString().endsWith(".jsa") || file.toString().endsWith(".aot");
	}

	/**
	 * Puts {@code output} in place as {@code target} unless an archive is there already (another
	 * run's: children may have it mapped, see the class comment). A hard link is the atomic
	 * create-if-absent; where the file system has none, a move that does not replace.
	 */
	static void publish(Path output, Path target) throws IOException {
		try {
			Files.createLink(target, output);
		}
		catch (FileAlreadyExistsException another) {
			// another run's archive stays; this one is deleted by the caller
		}
		catch (UnsupportedOperationException | IOException noLinks) {
			try {
				Files.move(output, target);
			}
			catch (FileAlreadyExistsException another) {
				// as above
			}
		}
	}

	static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ignored) {
			// a stale file in the cache is harmless
		}
	}
}
