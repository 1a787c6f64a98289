package dev.solo.launcher.archive;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.compress.Zstd;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apiguardian.api.API;

/**
 * Extracts a {@code .tar.zst} into a folder, never writing outside it: an archive is a file from
 * elsewhere (another machine, a CI artifact), so every entry is checked before anything is
 * written for it.
 *
 * <p>Refused: names that are absolute or climb out ({@code ..}); every link, symbolic or hard
 * (an {@link ArchiveWriter} never writes one, and a link is how a later entry is made to write
 * through it to elsewhere: refusing them all means no check of where one points can be wrong);
 * devices, FIFOs and other special entries; more than {@code maxEntries} entries or
 * {@code maxBytes} bytes of content (counted as written, not as the headers claim).
 *
 * <p>All or nothing: the entries go to a temporary folder beside the target, renamed to the
 * target only when the archive has been read to its end. A refused, corrupt or truncated archive
 * leaves no tree that could pass for a whole one; the temporary folder is deleted.
 */
@API(status = INTERNAL, since = "0.1")
public final class SafeExtractor {
	public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024 * 1024;
	public static final long DEFAULT_MAX_ENTRIES = 1_000_000;

	private final long maxBytes;
	private final long maxEntries;

	/** With the generous defaults: 20 GiB, a million entries. */
	public SafeExtractor() {
		this(DEFAULT_MAX_BYTES, DEFAULT_MAX_ENTRIES);
	}

	public SafeExtractor(long maxBytes, long maxEntries) {
		if (maxBytes < 0 || maxEntries < 0) {
			throw new IllegalArgumentException("limits cannot be negative: " + maxBytes + " bytes, " + maxEntries
					+ " entries");
		}
		this.maxBytes = maxBytes;
		this.maxEntries = maxEntries;
	}

	/**
	 * Extracts {@code archive} into {@code target}, which must not exist or be an empty folder;
	 * missing folders above it are created. The extracted tree is readable by its owner only.
	 *
	 * @throws ArchiveException for an archive that is refused, corrupt or truncated
	 * @throws IOException for a target that cannot be written
	 */
	public void extract(Path archive, Path target) throws IOException {
		Path destination = target.toAbsolutePath().normalize();
		checkEmpty(destination);
		Path folder = destination.getParent();
		Files.createDirectories(folder);
		Path staging = Files.createTempDirectory(folder, "." + destination.getFileName() + ".extracting-");
		try {
			unpack(archive, staging);
			moveIntoPlace(staging, destination);
		}
		catch (IOException | RuntimeException e) {
			try {
				deleteTree(staging);
			}
			catch (IOException cleanup) {
				e.addSuppressed(cleanup);
			}
			throw e;
		}
	}

	private void unpack(Path archive, Path root) throws IOException {
		String last = null;
		long entries = 0;
		long bytes = 0;
		try (InputStream file = Files.newInputStream(archive);
				EndMarkerCheck tarStream = new EndMarkerCheck(Zstd.decompress(new BufferedInputStream(file, 1 << 16)));
				TarArchiveInputStream tar = new TarArchiveInputStream(tarStream)) {
			while (true) {
				TarArchiveEntry entry;
				try {
					entry = tar.getNextEntry();
				}
				catch (IOException e) {
					throw ArchiveException.corrupt(archive, last, e);
				}
				if (entry == null) {
					break;
				}
				if (!entry.isCheckSumOK()) {
					// commons-compress parses a damaged header as best it can: its checksum tells
					throw ArchiveException.corrupt(archive, last, new IOException("a tar header's checksum is wrong"));
				}
				String name = entry.getName();
				if (++entries > maxEntries) {
					throw ArchiveException.refused(archive, name, "the archive has more than " + maxEntries
							+ " entries");
				}
				Path destination = destination(archive, root, entry);
				if (entry.isDirectory()) {
					createFolders(archive, name, destination);
				}
				else {
					if (entry.getSize() > maxBytes - bytes) {
						throw tooLarge(archive, name);
					}
					bytes += copy(archive, tar, entry, destination, maxBytes - bytes);
				}
				last = name;
			}
			if (!tarStream.sawEndMarker()) {
				throw ArchiveException.corrupt(archive, last, new IOException("the tar stream ends without its end "
						+ "marker"));
			}
		}
		catch (ArchiveException e) {
			throw e;
		}
		catch (IOException e) {
			// opening the zstd stream (not a zstd file at all), or closing it
			throw ArchiveException.corrupt(archive, last, e);
		}
	}

	/** Where {@code entry} goes under {@code root}, if it is a plain file or folder that stays inside. */
	private static Path destination(Path archive, Path root, TarArchiveEntry entry) throws ArchiveException {
		String name = entry.getName();
		String kind = kind(entry);
		if (kind != null) {
			throw ArchiveException.refused(archive, name, "it is " + kind + ", and only files and folders are extracted");
		}
		String normal;
		try {
			normal = EntryName.normalize(name);
		}
		catch (IllegalArgumentException e) {
			throw ArchiveException.refused(archive, name, e.getMessage() + " would lead outside the target");
		}
		if (normal.isEmpty() && !entry.isDirectory()) {
			throw ArchiveException.refused(archive, name, "a file needs a name");
		}
		Path destination = root.resolve(normal).normalize();
		// EntryName's rule should make this impossible; checked again against what the platform resolves
		if (!destination.startsWith(root)) {
			throw ArchiveException.refused(archive, name, "it resolves outside the target");
		}
		return destination;
	}

	/** What {@code entry} is if it is neither a regular file nor a folder; {@code null} if it is. */
	private static String kind(TarArchiveEntry entry) {
		if (entry.isSymbolicLink()) {
			return "a symbolic link (to " + ArchiveException.quote(entry.getLinkName()) + ")";
		}
		if (entry.isLink()) {
			return "a hard link (to " + ArchiveException.quote(entry.getLinkName()) + ")";
		}
		if (entry.isCharacterDevice() || entry.isBlockDevice()) {
			return "a device";
		}
		if (entry.isFIFO()) {
			return "a FIFO";
		}
		if (entry.isSparse()) {
			return "a sparse file";
		}
		byte flag = entry.getLinkFlag();
		boolean plainFile = flag == TarArchiveEntry.LF_NORMAL || flag == TarArchiveEntry.LF_OLDNORM
				|| flag == TarArchiveEntry.LF_CONTIG;
		if (!plainFile && flag != TarArchiveEntry.LF_DIR) {
			return "of tar type '" + (char) flag + "'";
		}
		return null;
	}

	private static void createFolders(Path archive, String name, Path folder) throws IOException {
		try {
			Files.createDirectories(folder);
		}
		catch (FileAlreadyExistsException e) {
			throw ArchiveException.refused(archive, name, "a file of the archive is already there");
		}
	}

	/** Copies the entry's content, at most {@code allowed} bytes of it; the bytes copied. */
	private long copy(Path archive, TarArchiveInputStream tar, TarArchiveEntry entry, Path destination, long allowed)
			throws IOException {
		String name = entry.getName();
		createFolders(archive, name, destination.getParent());
		long copied = 0;
		byte[] buffer = new byte[1 << 16];
		try (OutputStream out = newFile(archive, name, destination)) {
			while (true) {
				int n;
				try {
					n = tar.read(buffer);
				}
				catch (IOException e) {
					throw ArchiveException.corruptIn(archive, name, e);
				}
				if (n < 0) {
					break;
				}
				copied += n;
				if (copied > allowed) {
					throw tooLarge(archive, name);
				}
				out.write(buffer, 0, n);
			}
		}
		if ((entry.getMode() & 0100) != 0) {
			destination.toFile().setExecutable(true, true);
		}
		return copied;
	}

	private static OutputStream newFile(Path archive, String name, Path destination) throws IOException {
		try {
			return Files.newOutputStream(destination, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		}
		catch (FileAlreadyExistsException e) {
			throw ArchiveException.refused(archive, name, "the archive has it twice, or a folder by that name");
		}
	}

	private ArchiveException tooLarge(Path archive, String name) {
		return ArchiveException.refused(archive, name, "the archive's content is over " + maxBytes + " bytes");
	}

	private static void checkEmpty(Path target) throws IOException {
		if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
			throw new FileAlreadyExistsException(target.toString(), null, "not a folder: nothing is extracted over it");
		}
		try (Stream<Path> children = Files.list(target)) {
			if (children.findAny().isPresent()) {
				throw new DirectoryNotEmptyException(target + ": extract into an empty or new folder");
			}
		}
	}

	private static void moveIntoPlace(Path staging, Path target) throws IOException {
		checkEmpty(target);
		Files.deleteIfExists(target);
		Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
	}

	/** Deletes what extraction wrote; it never wrote a link, so nothing here leads elsewhere. */
	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path path : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
