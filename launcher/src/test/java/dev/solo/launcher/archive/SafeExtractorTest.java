package dev.solo.launcher.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.engine.compress.Zstd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archives built by hand, with commons-compress's tar writer, to be what an {@link ArchiveWriter}
 * never writes. Each is refused naming the entry, and leaves the folder it was to be extracted
 * into, and everything beside it, as it was.
 */
class SafeExtractorTest {
	@TempDir
	Path temp;

	/** The target's parent, which nothing but the target may ever appear in. */
	Path parent;
	Path target;
	Path archive;

	@BeforeEach
	void folders() throws IOException {
		parent = Files.createDirectories(temp.resolve("parent/deeper"));
		Files.writeString(parent.resolve("bystander.txt"), "untouched");
		target = parent.resolve("target");
		archive = temp.resolve("archive.tar.zst");
	}

	@Test
	void pathTraversalIsRefused() throws IOException {
		write(tar(file("ok.txt", "fine"), file("../evil", "escaped")));
		assertRefused("'../evil'", "'..'");
		assertFalse(Files.exists(parent.resolve("evil")));
	}

	@Test
	void absolutePathIsRefused() throws IOException {
		Path absolute = parent.resolve("absolute-evil");
		write(tar(file(absolute.toString(), "escaped")));
		assertRefused(absolute.toString(), "absolute");
		assertFalse(Files.exists(absolute));
	}

	@Test
	void symbolicLinkIsRefusedBeforeAnythingIsWrittenThroughIt() throws IOException {
		TarArchiveEntry link = new TarArchiveEntry("escape", TarArchiveEntry.LF_SYMLINK);
		link.setLinkName(parent.toString());
		write(tar(new Entry(link, null), file("escape/evil", "written through the link")));
		assertRefused("'escape'", "symbolic link");
		assertFalse(Files.exists(parent.resolve("evil")));
	}

	@Test
	void hardLinkIsRefused() throws IOException {
		TarArchiveEntry link = new TarArchiveEntry("hard", TarArchiveEntry.LF_LINK);
		link.setLinkName(parent.resolve("bystander.txt").toString());
		write(tar(file("ok.txt", "fine"), new Entry(link, null)));
		assertRefused("'hard'", "hard link");
	}

	@Test
	void devicesAndFifosAreRefused() throws IOException {
		for (byte type : new byte[] {TarArchiveEntry.LF_CHR, TarArchiveEntry.LF_BLK, TarArchiveEntry.LF_FIFO}) {
			TarArchiveEntry device = new TarArchiveEntry("special", type);
			write(tar(new Entry(device, null)));
			assertRefused("'special'", type == TarArchiveEntry.LF_FIFO ? "FIFO" : "device");
		}
	}

	@Test
	void truncatedZstdStreamIsReportedWithTheLastEntry() throws IOException {
		byte[] whole = compress(tar(file("first.txt", "one"), file("second.bin", random(200_000))));
		Files.write(archive, Arrays.copyOf(whole, whole.length * 2 / 3));
		ArchiveException e = assertRefused("truncated or corrupt in entry 'second.bin'");
		assertTrue(e.getMessage().startsWith(archive.toString()), e.getMessage());
	}

	@Test
	void corruptTarHeaderIsReported() throws IOException {
		byte[] tar = tar(file("first.txt", "one"), file("second.txt", "two"));
		// the second header starts at 1024 (a 512-byte header, then one record of content)
		for (int i = 1024; i < 1024 + 16; i++) {
			tar[i] = (byte) 0xff;
		}
		Files.write(archive, compress(tar));
		assertRefused("truncated or corrupt after entry 'first.txt'", "checksum");
	}

	@Test
	void tarWithoutItsEndMarkerIsTruncated() throws IOException {
		byte[] tar = tar(file("first.txt", "one"), file("second.txt", "two"));
		Files.write(archive, compress(Arrays.copyOf(tar, 1024)));
		assertRefused("truncated or corrupt after entry 'first.txt'", "end marker");
	}

	@Test
	void notZstdAtAllIsCorrupt() throws IOException {
		Files.writeString(archive, "this is not an archive");
		assertRefused("truncated or corrupt at its start");
	}

	@Test
	void tooManyEntriesAreRefused() throws IOException {
		write(tar(file("1", "a"), file("2", "b"), file("3", "c")));
		ArchiveException e = assertThrows(ArchiveException.class, () -> new SafeExtractor(1_000, 2).extract(archive,
				target));
		assertTrue(e.getMessage().contains("'3'") && e.getMessage().contains("more than 2 entries"), e.getMessage());
		assertUntouched();
	}

	@Test
	void tooManyBytesAreRefusedAsWrittenNotAsClaimed() throws IOException {
		write(tar(file("small", "a"), file("big", "x".repeat(2_000))));
		ArchiveException e = assertThrows(ArchiveException.class, () -> new SafeExtractor(1_000, 10).extract(archive,
				target));
		assertTrue(e.getMessage().contains("'big'") && e.getMessage().contains("over 1000 bytes"), e.getMessage());
		assertUntouched();
	}

	@Test
	void duplicateEntryIsRefused() throws IOException {
		write(tar(file("twice", "a"), file("twice", "b")));
		assertRefused("'twice'", "twice");
	}

	@Test
	void extractsIntoAnEmptyFolderButNotOverFiles() throws IOException {
		write(tar(file("dir/f.txt", "x")));
		Files.createDirectories(target);
		new SafeExtractor().extract(archive, target);
		assertEquals("x", Files.readString(target.resolve("dir/f.txt")));
		assertThrows(IOException.class, () -> new SafeExtractor().extract(archive, target), "not empty");
		assertEquals("x", Files.readString(target.resolve("dir/f.txt")));
	}

	private ArchiveException assertRefused(String... parts) throws IOException {
		List<Path> before = listing(parent);
		ArchiveException e = assertThrows(ArchiveException.class, () -> new SafeExtractor().extract(archive, target));
		for (String part : parts) {
			assertTrue(e.getMessage().contains(part), "'" + part + "' in: " + e.getMessage());
		}
		assertEquals(1, e.getMessage().lines().count(), e.getMessage());
		assertEquals(before, listing(parent), "nothing left beside the target, no partial target");
		assertUntouched();
		return e;
	}

	private void assertUntouched() throws IOException {
		assertFalse(Files.exists(target), "no partial tree");
		assertEquals(List.of(parent.resolve("bystander.txt")), listing(parent));
		assertEquals(List.of(temp.resolve("archive.tar.zst"), temp.resolve("parent")), listing(temp));
		assertEquals(List.of(parent), listing(temp.resolve("parent")));
		assertEquals("untouched", Files.readString(parent.resolve("bystander.txt")));
	}

	private static List<Path> listing(Path folder) throws IOException {
		try (Stream<Path> list = Files.list(folder)) {
			return list.sorted().toList();
		}
	}

	record Entry(TarArchiveEntry header, byte[] content) {
	}

	static Entry file(String name, String content) {
		return file(name, content.getBytes(UTF_8));
	}

	static Entry file(String name, byte[] content) {
		// preserveAbsolutePath: the writer would strip a leading '/' otherwise
		TarArchiveEntry entry = new TarArchiveEntry(name, true);
		entry.setSize(content.length);
		return new Entry(entry, content);
	}

	static byte[] tar(Entry... entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
			tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
			for (Entry entry : entries) {
				tar.putArchiveEntry(entry.header());
				if (entry.content() != null) {
					tar.write(entry.content());
				}
				tar.closeArchiveEntry();
			}
		}
		return bytes.toByteArray();
	}

	static byte[] compress(byte[] tar) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (OutputStream zstd = Zstd.compress(bytes, 3)) {
			zstd.write(tar);
		}
		return bytes.toByteArray();
	}

	private void write(byte[] tar) throws IOException {
		Files.write(archive, compress(tar));
	}

	private static byte[] random(int size) {
		byte[] bytes = new byte[size];
		new java.util.Random(3).nextBytes(bytes);
		return bytes;
	}
}
