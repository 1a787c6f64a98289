package dev.solo.engine.fork;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A class-data-sharing archive of the child's jars, made by Solo on first use and kept in its
 * cache. The JVM refuses to write an archive while a class folder is on the class path, and
 * tests need theirs, so it is made in two steps: one ordinary child records the classes it
 * loads ({@code -XX:DumpLoadedClassList}); then a separate JVM dumps a static archive from that
 * list with the jars alone. Children load the jars' classes from it; the folders, appended
 * after the jars, load as usual. The archive's name is a hash of the JVM, the child's JVM
 * options and every jar (path, size, time), so it is rebuilt exactly when one of them changes.
 */
final class ClassDataSharing {
	private static final int MAX_TRIES = 2;
	private static final long DUMP_WAIT_AT_CLOSE_SECONDS = 20;
	private static final java.util.Set<Process> DUMPS = java.util.concurrent.ConcurrentHashMap.newKeySet();

	static {
		// A host killed mid-dump must not leave the dumping JVM behind.
		Runtime.getRuntime().addShutdownHook(new Thread(() -> DUMPS.forEach(Process::destroyForcibly),
				"solo-archive-dump-reaper"));
	}

	private final Path archive;
	private final List<String> dumpOptions;
	private final List<String> jars;
	private boolean recording;
	private int failures;
	private Process dump;

	private ClassDataSharing(Path archive, List<String> dumpOptions, List<String> jars) {
		this.archive = archive;
		this.dumpOptions = dumpOptions;
		this.jars = jars;
	}

	static Optional<ClassDataSharing> prepare(List<String> options, List<String> jars) {
		if (jars.isEmpty() || options.stream().anyMatch(ClassDataSharing::userManagesSharing)) {
			return Optional.empty();
		}
		try {
			Path folder = SoloCache.folder("jvm");
			return Optional.of(new ClassDataSharing(folder.resolve(key(options, jars) + ".jsa"),
					dumpOptions(options), List.copyOf(jars)));
		}
		catch (IOException | NoSuchAlgorithmException e) {
			return Optional.empty();
		}
	}

	private static boolean userManagesSharing(String option) {
		return option.startsWith("-Xshare:off") || option.startsWith("-XX:SharedArchiveFile")
				|| option.startsWith("-XX:ArchiveClassesAtExit") || option.startsWith("-XX:AOT")
				|| option.contains("AutoCreateSharedArchive") || option.startsWith("-XX:DumpLoadedClassList");
	}

	/** What shapes an archive's layout (collector, heap size, compressed pointers); agents and properties do not. */
	private static List<String> dumpOptions(List<String> options) {
		List<String> kept = new ArrayList<>();
		for (String option : options) {
			if (option.startsWith("-XX:") || option.startsWith("-Xmx") || option.startsWith("-Xms")) {
				kept.add(option);
			}
		}
		return kept;
	}

	private static String key(List<String> options, List<String> jars) throws NoSuchAlgorithmException {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		StringBuilder text = new StringBuilder();
		text.append(System.getProperty("java.home")).append('\n').append(System.getProperty("java.vm.version"))
				.append('\n');
		options.forEach(o -> text.append(o).append('\n'));
		for (String jar : jars) {
			File file = new File(jar);
			text.append(jar).append('|').append(file.length()).append('|').append(file.lastModified()).append('\n');
		}
		return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)), 0, 16);
	}

	/** The options for one child. */
	synchronized Lease lease() {
		if (Files.isRegularFile(archive)) {
			return new Lease(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds*=off"), null);
		}
		if (recording || dump != null || failures >= MAX_TRIES) {
			return new Lease(List.of(), null);
		}
		recording = true;
		Path classList = archive.resolveSibling(archive.getFileName() + "." + UUID.randomUUID() + ".classlist");
		return new Lease(List.of("-XX:DumpLoadedClassList=" + classList), classList);
	}

	private synchronized void recorded(Path classList, boolean normally) {
		recording = false;
		if (!normally || !Files.isRegularFile(classList)) {
			failures++;
			deleteQuietly(classList);
			return;
		}
		Path output = archive.resolveSibling(archive.getFileName() + "." + UUID.randomUUID() + ".tmp");
		List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(dumpOptions);
		command.add("-Xshare:dump");
		command.add("-XX:SharedClassListFile=" + classList);
		command.add("-XX:SharedArchiveFile=" + output);
		command.add("-Xlog:cds*=off");
		command.add("-cp");
		command.add(String.join(File.pathSeparator, jars));
		try {
			dump = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		}
		catch (IOException e) {
			failures++;
			deleteQuietly(classList);
			return;
		}
		DUMPS.add(dump);
		dump.onExit().thenAccept(p -> {
			DUMPS.remove(p);
			dumped(p, classList, output);
		});
	}

	private synchronized void dumped(Process process, Path classList, Path output) {
		dump = null;
		deleteQuietly(classList);
		try {
			if (process.exitValue() == 0 && Files.isRegularFile(output) && Files.size(output) > 0) {
				Files.move(output, archive, StandardCopyOption.ATOMIC_MOVE);
				return;
			}
		}
		catch (IOException e) {
			// another run put its archive in place first: use that one
		}
		finally {
			deleteQuietly(output);
		}
		if (!Files.isRegularFile(archive)) {
			failures++;
		}
	}

	/** Lets a dump in progress finish (it serves the next run), but never leaves it running. */
	void close() {
		Process running;
		synchronized (this) {
			running = dump;
		}
		if (running == null) {
			return;
		}
		try {
			if (!running.waitFor(DUMP_WAIT_AT_CLOSE_SECONDS, TimeUnit.SECONDS)) {
				running.destroyForcibly();
			}
		}
		catch (InterruptedException e) {
			running.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ignored) {
			// a stale file in the cache is harmless
		}
	}

	/** One child's part in class-data sharing. */
	final class Lease {
		private final List<String> options;
		private final Path classList;

		private Lease(List<String> options, Path classList) {
			this.options = options;
			this.classList = classList;
		}

		List<String> options() {
			return options;
		}

		void childExited(boolean normally) {
			if (classList != null) {
				recorded(classList, normally);
			}
		}
	}
}
