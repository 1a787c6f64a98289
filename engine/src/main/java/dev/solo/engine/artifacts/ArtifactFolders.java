package dev.solo.engine.artifacts;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.events.Artifact;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apiguardian.api.API;

/**
 * A run's artifact folder, {@code solo-artifacts-*} in the temporary folder (owner-only, as
 * {@code createTempDirectory} makes it), and each attempt's empty folder in it,
 * {@code <test>/<attempt>}. What an attempt leaves stays where it was written, so that the
 * JUnit XML's attachments and the heap-dump line name files that exist after the run; the store
 * keeps a compressed copy with the run. Folders left empty go at once, and the run's own at the
 * end if nothing is in it: a run without artifacts leaves nothing.
 */
@API(status = INTERNAL, since = "0.1")
public final class ArtifactFolders {
	/** Long enough to tell tests apart, short enough for any file system's name limit with a suffix. */
	private static final int MAX_NAME = 120;

	private final Path root;

	private ArtifactFolders(Path root) {
		this.root = root;
	}

	public static ArtifactFolders create() throws IOException {
		return new ArtifactFolders(Files.createTempDirectory("solo-artifacts-"));
	}

	/** A folder at {@code root} (tests). */
	static ArtifactFolders at(Path root) {
		return new ArtifactFolders(root);
	}

	public Path root() {
		return root;
	}

	/** A new, empty folder for attempt {@code attempt} of the test named {@code testName}. */
	public Path forAttempt(String testName, int attempt) throws IOException {
		Path test = root.resolve(folderName(testName));
		Files.createDirectories(test);
		for (int n = 1;; n++) {
			// Two units may share a name once made safe (or a prestarted JVM's folder was never removed).
			Path folder = test.resolve(n == 1 ? String.valueOf(attempt) : attempt + "-" + n);
			try {
				return Files.createDirectory(folder);
			}
			catch (FileAlreadyExistsException taken) {
				// next suffix
			}
		}
	}

	/**
	 * What the attempt left in {@code folder}, sorted by name; an empty folder (the usual case, one
	 * listing) is removed with its test's folder if that is empty too.
	 */
	public static List<Artifact> collect(Path folder) {
		try {
			boolean empty;
			try (Stream<Path> entries = Files.list(folder)) {
				empty = entries.findAny().isEmpty();
			}
			if (empty) {
				remove(folder);
				return List.of();
			}
			Path root = folder.getParent().getParent();
			List<Artifact> artifacts = new ArrayList<>();
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
					artifacts.add(new Artifact(file.toAbsolutePath(),
							root.relativize(file).toString().replace('\\', '/'), Files.size(file)));
				}
			}
			return artifacts;
		}
		catch (NoSuchFileException gone) {
			return List.of();
		}
		catch (IOException e) {
			// unreadable: nothing is claimed, and the folder stays for whoever looks
			return List.of();
		}
	}

	/** Removes an attempt's folder that holds nothing, and its test's folder if that is empty too. */
	public static void removeIfEmpty(Path folder) {
		try {
			remove(folder);
		}
		catch (IOException notEmptyOrGone) {
			// kept
		}
	}

	private static void remove(Path folder) throws IOException {
		Files.deleteIfExists(folder);
		try {
			Files.deleteIfExists(folder.getParent());
		}
		catch (DirectoryNotEmptyException otherAttempts) {
			// the test's other attempts left something
		}
	}

	/** At the run's end: the run's folder goes if no attempt left anything in it. */
	public void close() {
		try {
			Files.deleteIfExists(root);
		}
		catch (IOException kept) {
			// artifacts are in it
		}
	}

	/** A test's name as one folder name, readable: {@code com.example.FooTest#bar(int)[2]} keeps its look. */
	static String folderName(String testName) {
		String safe = testName.replaceAll("[^A-Za-z0-9._#()\\[\\]+-]", "_");
		if (safe.startsWith(".")) {
			safe = "_" + safe.substring(1);
		}
		if (safe.length() > MAX_NAME) {
			safe = safe.substring(0, MAX_NAME) + "-" + Integer.toHexString(testName.hashCode());
		}
		return safe.isEmpty() ? "_" : safe;
	}
}
