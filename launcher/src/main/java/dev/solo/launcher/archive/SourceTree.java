package dev.solo.launcher.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The regular files under a folder, by archive name, for {@link ArchiveWriter#addDirectory}. A
 * symbolic link is followed where it points inside the folder (a link in {@code target/classes}
 * to a sibling resource), and refused where it points outside: an archive holds what its folders
 * hold, never the rest of the machine by accident. Other special files (sockets, FIFOs) are left
 * out, as a build's output never needs them.
 */
final class SourceTree {
	private final Path root;
	private final Path realRoot;
	// the real folders being walked, to refuse a link back to one of them instead of recursing forever
	private final Deque<Path> open = new ArrayDeque<>();

	private SourceTree(Path root, Path realRoot) {
		this.root = root;
		this.realRoot = realRoot;
	}

	/** Puts each regular file under {@code dir} into {@code files} as {@code prefix/relative/name}. */
	static void collect(Path dir, String prefix, Map<String, Path> files) throws IOException {
		if (!Files.isDirectory(dir)) {
			throw new NoSuchFileException(dir.toString(), null, "not a folder");
		}
		new SourceTree(dir, dir.toRealPath()).walk(dir, prefix, files);
	}

	private void walk(Path dir, String prefix, Map<String, Path> files) throws IOException {
		open.push(dir.toRealPath());
		List<Path> children;
		try (Stream<Path> list = Files.list(dir)) {
			children = list.sorted().toList();
		}
		for (Path child : children) {
			String name = EntryName.join(prefix, child.getFileName().toString());
			Path real = child;
			if (Files.isSymbolicLink(child)) {
				real = insideTarget(child);
				if (Files.isDirectory(real) && open.contains(real)) {
					throw new IOException("symbolic link " + child + " loops back to " + real + ": refused");
				}
			}
			if (Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
				walk(child, name, files);
			}
			else if (Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
				files.put(name, child);
			}
		}
		open.pop();
	}

	/** Where the link {@code link} leads, if that is inside the folder being archived. */
	private Path insideTarget(Path link) throws IOException {
		Path real;
		try {
			real = link.toRealPath();
		}
		catch (NoSuchFileException e) {
			throw new IOException("symbolic link " + link + " is broken (it points to " + Files.readSymbolicLink(link)
					+ "): refused");
		}
		if (!real.startsWith(realRoot)) {
			throw new IOException("symbolic link " + link + " points outside " + root + " (to " + real + "): refused");
		}
		return real;
	}
}
