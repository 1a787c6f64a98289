package dev.solo.launcher.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveWriterTest {
	@TempDir
	Path temp;

	@Test
	void roundTripGivesTheSameFilesBack() throws IOException {
		Path source = tree(temp.resolve("source"));
		Path archive = temp.resolve("out/tests.tar.zst");
		ArchiveWriter.to(archive, 3).addDirectory("modules/app", source).addBytes("solo-archive.json",
				"{}".getBytes(UTF_8)).write();

		Path extracted = temp.resolve("extracted");
		new SafeExtractor().extract(archive, extracted);
		assertEquals(files(source), files(extracted.resolve("modules/app")));
		assertEquals("{}", Files.readString(extracted.resolve("solo-archive.json")));
		assertTrue(Files.isExecutable(extracted.resolve("modules/app/bin/run.sh")));
		assertFalse(Files.isExecutable(extracted.resolve("modules/app/a.txt")));
		try (Stream<Path> siblings = Files.list(archive.getParent())) {
			assertEquals(List.of(archive), siblings.toList(), "no temporary file left beside the archive");
		}
	}

	@Test
	void sameInputsGiveTheSameBytes() throws IOException {
		Path source = tree(temp.resolve("source"));
		Path first = temp.resolve("first.tar.zst");
		ArchiveWriter.to(first, 0).addDirectory("m", source).addBytes("z", new byte[] {1}).write();
		// other times, other order of adding: the same archive
		try (Stream<Path> walk = Files.walk(source)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000_000_000L));
			}
		}
		Path second = temp.resolve("second.tar.zst");
		ArchiveWriter.to(second, 0).addBytes("z", new byte[] {1}).addDirectory("m", source).write();
		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
	}

	@Test
	void namesAreNormalizedOrRefused() throws IOException {
		Path file = Files.writeString(temp.resolve("f"), "x");
		ArchiveWriter writer = ArchiveWriter.to(temp.resolve("a.tar.zst"), 1);
		writer.add("./a//b/", file);
		assertThrows(IllegalArgumentException.class, () -> writer.add("a/b", file), "taken");
		assertThrows(IllegalArgumentException.class, () -> writer.add("a/b/c", file), "a file where a folder goes");
		assertThrows(IllegalArgumentException.class, () -> writer.add("a", file), "a folder where a file goes");
		for (String bad : List.of("../evil", "a/../../evil", "/tmp/evil", "a\\b", "C:/evil", "", ".")) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> writer.add(bad, file), bad);
			assertFalse(e.getMessage().isBlank());
		}
	}

	@Test
	void levelOutsideZstdsRangeIsRefused() {
		Path target = temp.resolve("a.tar.zst");
		ArchiveWriter.to(target, -7);
		ArchiveWriter.to(target, 22);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArchiveWriter.to(target, 23));
		assertTrue(e.getMessage().startsWith("zstd level 23 is out of range: give -7 to 22"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> ArchiveWriter.to(target, -8));
	}

	@Test
	void symbolicLinksAreFollowedInsideTheFolderOnly() throws IOException {
		Path source = Files.createDirectories(temp.resolve("source/sub"));
		Files.writeString(source.resolve("real.txt"), "inside");
		Files.createSymbolicLink(source.getParent().resolve("link.txt"), Path.of("sub/real.txt"));
		Files.createSymbolicLink(source.getParent().resolve("linked-dir"), Path.of("sub"));
		Path archive = temp.resolve("in.tar.zst");
		ArchiveWriter.to(archive, 1).addDirectory("", source.getParent()).write();
		Path out = temp.resolve("out");
		new SafeExtractor().extract(archive, out);
		assertEquals("inside", Files.readString(out.resolve("link.txt")));
		assertEquals("inside", Files.readString(out.resolve("linked-dir/real.txt")));
		assertFalse(Files.isSymbolicLink(out.resolve("link.txt")), "stored as a file");

		Path secret = Files.writeString(temp.resolve("secret.txt"), "outside");
		Path escaping = Files.createSymbolicLink(source.resolve("escape"), secret);
		IOException e = assertThrows(IOException.class, () -> ArchiveWriter.to(temp.resolve("x.tar.zst"), 1)
				.addDirectory("m", source.getParent()));
		// reached first through linked-dir, which leads to sub: named as it was reached
		assertTrue(e.getMessage().contains("/escape points outside " + source.getParent() + " (to " + secret),
				e.getMessage());
		Files.delete(escaping);

		Files.createSymbolicLink(source.resolve("loop"), source.getParent());
		e = assertThrows(IOException.class, () -> ArchiveWriter.to(temp.resolve("x.tar.zst"), 1).addDirectory("m",
				source.getParent()));
		assertTrue(e.getMessage().contains("loops"), e.getMessage());
		assertFalse(Files.exists(temp.resolve("x.tar.zst")));
	}

	@Test
	void aFailedWriteLeavesNoArchiveAndKeepsTheOldOne() throws IOException {
		Path archive = Files.writeString(temp.resolve("a.tar.zst"), "the previous archive");
		Path file = Files.writeString(temp.resolve("vanishing"), "x");
		ArchiveWriter writer = ArchiveWriter.to(archive, 1).add("f", file);
		Files.delete(file);
		assertThrows(IOException.class, writer::write);
		assertEquals("the previous archive", Files.readString(archive));
		try (Stream<Path> siblings = Files.list(temp)) {
			assertEquals(List.of(archive), siblings.toList(), "no temporary file left");
		}
	}

	/** Nested folders, binary, empty and executable files, and a name over tar's 100 characters. */
	static Path tree(Path root) throws IOException {
		Files.createDirectories(root.resolve("a/b/c"));
		Files.createDirectories(root.resolve("bin"));
		Files.writeString(root.resolve("a.txt"), "hello\n");
		Files.write(root.resolve("a/empty"), new byte[0]);
		byte[] binary = new byte[300_000];
		new Random(7).nextBytes(binary);
		Files.write(root.resolve("a/b/c/data.bin"), binary);
		Files.writeString(root.resolve("a/b/" + "long-name-".repeat(15) + ".class"), "long");
		Files.writeString(root.resolve("a/b/ünïcødé.txt"), "non-ascii");
		Path script = Files.writeString(root.resolve("bin/run.sh"), "#!/bin/sh\n");
		script.toFile().setExecutable(true, true);
		return root;
	}

	/** Every regular file under {@code root}, by relative path, with its content as text of its bytes. */
	static Map<String, String> files(Path root) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				files.put(root.relativize(file).toString(), java.util.HexFormat.of().formatHex(Files.readAllBytes(file)));
			}
		}
		return files;
	}
}
