package dev.solo.launcher.archive;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.compress.Zstd;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apiguardian.api.API;

/**
 * Writes a {@code .tar.zst}. Entries are gathered first and written at {@link #write()}, in name
 * order, so the archive does not depend on the order they were added in, and with every field
 * that could differ between two builds fixed (time 0, owner 0/0 and no names, mode 0644 or 0755):
 * the same files give the same bytes, which lets a CI cache or a checksum recognise an archive.
 *
 * <p>Only regular files are stored, no folder entries (a folder is implied by the files in it)
 * and no links: what reads the archive never needs to create anything but files and folders.
 *
 * <p>The archive is written beside the target under a temporary name and moved into place when
 * whole, so a failed write never leaves a half archive where a whole one is expected.
 */
@API(status = INTERNAL, since = "0.1")
public final class ArchiveWriter {
	public static final int MIN_LEVEL = -7;
	public static final int MAX_LEVEL = 22;
	/** zstd's own default (level 3); nextest's {@code --zstd-level} default is 0 too. */
	public static final int DEFAULT_LEVEL = 0;

	private static final int FILE_MODE = 0100644;
	private static final int EXECUTABLE_MODE = 0100755;

	/** An entry's content: where it comes from, read only when the archive is written. */
	private sealed interface Source {
	}

	private record FromFile(Path file) implements Source {
	}

	private record FromBytes(byte[] content) implements Source {
	}

	private final Path target;
	private final int level;
	private final NavigableMap<String, Source> entries = new TreeMap<>();

	private ArchiveWriter(Path target, int level) {
		this.target = target;
		this.level = level;
	}

	/**
	 * A writer of the archive {@code target} at zstd level {@code level}.
	 *
	 * @throws IllegalArgumentException for a level outside {@value #MIN_LEVEL}..{@value #MAX_LEVEL}
	 */
	public static ArchiveWriter to(Path target, int level) {
		if (level < MIN_LEVEL || level > MAX_LEVEL) {
			throw new IllegalArgumentException("zstd level " + level + " is out of range: give " + MIN_LEVEL + " to "
					+ MAX_LEVEL + " (higher compresses more, more slowly; 0 is zstd's default)");
		}
		return new ArchiveWriter(Objects.requireNonNull(target), level);
	}

	/**
	 * The regular file {@code file} as {@code entryName}.
	 *
	 * @throws IllegalArgumentException for a name that is absolute, has {@code ..}, or is taken
	 */
	public ArchiveWriter add(String entryName, Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new NoSuchFileException(file.toString(), null, "not a regular file");
		}
		put(EntryName.file(entryName), new FromFile(file));
		return this;
	}

	/**
	 * Every regular file under {@code dir}, as {@code entryName/relative/path}; {@code ""} puts
	 * them at the archive's root. Symbolic links are followed where they point inside {@code dir}.
	 *
	 * @throws IOException for a symbolic link that points outside {@code dir}, naming it
	 */
	public ArchiveWriter addDirectory(String entryName, Path dir) throws IOException {
		Map<String, Path> files = new TreeMap<>();
		SourceTree.collect(dir, EntryName.normalize(entryName), files);
		files.forEach((name, file) -> put(name, new FromFile(file)));
		return this;
	}

	/** {@code content} as {@code entryName}: metadata written by Solo itself, such as the manifest. */
	public ArchiveWriter addBytes(String entryName, byte[] content) {
		put(EntryName.file(entryName), new FromBytes(content.clone()));
		return this;
	}

	/** Writes the archive, replacing any file already at the target. */
	public void write() throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temporary = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
		boolean moved = false;
		try {
			try (OutputStream file = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW)) {
				writeTo(file);
			}
			move(temporary);
			moved = true;
		}
		finally {
			if (!moved) {
				Files.deleteIfExists(temporary);
			}
		}
	}

	private void writeTo(OutputStream file) throws IOException {
		OutputStream zstd = Zstd.compress(new BufferedOutputStream(file, 1 << 16), level);
		try (TarArchiveOutputStream tar = new TarArchiveOutputStream(zstd)) {
			// PAX headers: long and non-ASCII names, and files over 8 GB, the way every tar reads them
			tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
			tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
			tar.setAddPaxHeadersForNonAsciiNames(true);
			for (Map.Entry<String, Source> entry : entries.entrySet()) {
				writeEntry(tar, entry.getKey(), entry.getValue());
			}
		}
	}

	private static void writeEntry(TarArchiveOutputStream tar, String name, Source source) throws IOException {
		TarArchiveEntry entry = new TarArchiveEntry(name);
		entry.setLastModifiedTime(FileTime.fromMillis(0));
		entry.setIds(0, 0);
		entry.setNames("", "");
		if (source instanceof FromBytes bytes) {
			entry.setMode(FILE_MODE);
			entry.setSize(bytes.content().length);
			tar.putArchiveEntry(entry);
			tar.write(bytes.content());
		}
		else {
			Path file = ((FromFile) source).file();
			entry.setMode(Files.isExecutable(file) ? EXECUTABLE_MODE : FILE_MODE);
			long size = Files.size(file);
			entry.setSize(size);
			tar.putArchiveEntry(entry);
			try (InputStream in = Files.newInputStream(file)) {
				// the header is written first: a file that grows or shrinks meanwhile cannot be stored whole
				long copied = in.transferTo(new BoundedOutput(tar, size));
				if (copied != size) {
					throw new IOException(file + " changed while it was archived (" + size + " bytes, then " + copied
							+ ")");
				}
			}
		}
		tar.closeArchiveEntry();
	}

	private void put(String name, Source source) {
		if (entries.containsKey(name)) {
			throw new IllegalArgumentException("the archive already has an entry " + name);
		}
		// a file "a" and a file "a/b" could not both be extracted
		String under = entries.ceilingKey(name + "/");
		if (under != null && under.startsWith(name + "/")) {
			throw new IllegalArgumentException("the archive has a file under " + name + " (" + under + ")");
		}
		for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
			if (entries.containsKey(name.substring(0, slash))) {
				throw new IllegalArgumentException("the archive has a file " + name.substring(0, slash) + " where "
						+ name + " needs a folder");
			}
		}
		entries.put(name, source);
	}

	private void move(Path temporary) throws IOException {
		if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
			throw new IOException(target + " is a folder: the archive is not written over it");
		}
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Passes on at most {@code limit} bytes, dropping the rest, and counts what it was given. */
	private static final class BoundedOutput extends OutputStream {
		private final OutputStream out;
		private long left;

		BoundedOutput(OutputStream out, long limit) {
			this.out = out;
			this.left = limit;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] {(byte) b}, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			int n = (int) Math.min(len, left);
			if (n > 0) {
				out.write(b, off, n);
				left -= n;
			}
		}
	}
}
