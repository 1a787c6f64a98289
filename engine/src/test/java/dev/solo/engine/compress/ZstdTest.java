package dev.solo.engine.compress;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZstdTest {
	@TempDir
	Path temp;

	@Test
	void roundTrip() throws IOException {
		byte[] original = ("{\"event\":\"test-finished\",\"n\":1}\n").repeat(5_000).getBytes(UTF_8);
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (OutputStream out = Zstd.compress(compressed, 3)) {
			out.write(original);
		}
		assertTrue(compressed.size() < original.length / 20, "repetitive text compresses: " + compressed.size());
		try (InputStream in = Zstd.decompress(new ByteArrayInputStream(compressed.toByteArray()))) {
			assertArrayEquals(original, in.readAllBytes());
		}
	}

	/**
	 * What the recorder relies on to survive a SIGKILL of its JVM: after {@code flush()} the file
	 * as it is on disk, with the stream still open and its frame unfinished, decodes to every
	 * event written so far, and then fails (truncated) rather than ending as if complete.
	 */
	@Test
	void flushedPrefixOfAnOpenStreamDecodesThenReportsTruncation() throws IOException {
		Path log = temp.resolve("events.jsonl.zst");
		OutputStream out = Zstd.compress(Files.newOutputStream(log), 3);
		try {
			for (int i = 0; i < 200; i++) {
				out.write(event(i));
			}
			out.flush();
			byte[] onDisk = Files.readAllBytes(log);
			// written after the copy: must not be needed to decode what came before
			out.write(event(200));

			List<String> lines = new ArrayList<>();
			InputStream in = Zstd.decompress(new ByteArrayInputStream(onDisk));
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8));
			IOException truncated = assertThrows(IOException.class, () -> {
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					lines.add(line);
				}
			});
			assertEquals(200, lines.size(), "every event before the flush: " + truncated);
			assertEquals(new String(event(199), UTF_8).strip(), lines.get(199));
		}
		finally {
			out.close();
		}
		try (InputStream in = Zstd.decompress(Files.newInputStream(log))) {
			assertEquals(201, new String(in.readAllBytes(), UTF_8).lines().count(), "the closed file is whole");
		}
	}

	@Test
	void truncatedInputFails() throws IOException {
		byte[] compressed = compress(randomText(100_000));
		byte[] half = Arrays.copyOf(compressed, compressed.length / 2);
		assertThrows(IOException.class, () -> readWithTimeout(half));
	}

	@Test
	void corruptInputFails() throws IOException {
		byte[] compressed = compress(randomText(100_000));
		for (int i = compressed.length / 3; i < compressed.length / 3 + 64; i++) {
			compressed[i] ^= 0x5a;
		}
		assertThrows(IOException.class, () -> readWithTimeout(compressed));
		byte[] notZstd = "not a zstd frame at all".getBytes(UTF_8);
		assertThrows(IOException.class, () -> readWithTimeout(notZstd));
	}

	/** zstd-jni is not a dependency: the engine's own loader cannot see it, though Zstd works. */
	@Test
	void zstdJniIsInvisibleToTheEnginesLoader() throws IOException {
		ClassLoader engine = Zstd.class.getClassLoader();
		assertThrows(ClassNotFoundException.class, () -> Class.forName("com.github.luben.zstd.Zstd", false, engine));
		assertThrows(ClassNotFoundException.class,
				() -> Class.forName("com.github.luben.zstd.ZstdOutputStream", false, engine));
		OutputStream out = Zstd.compress(new ByteArrayOutputStream(), 1);
		ClassLoader own = out.getClass().getClassLoader();
		assertEquals("solo-zstd", own.getName());
		assertEquals(ClassLoader.getPlatformClassLoader(), own.getParent());
		assertTrue(Zstd.available());
		out.close();
	}

	/** A platform zstd-jni has no library for: one line saying so, not a LinkageError. */
	@Test
	void aPlatformWithoutANativeLibraryIsAnIOException() throws IOException {
		String arch = System.getProperty("os.arch");
		IOException e;
		try {
			System.setProperty("os.arch", "solo-test-arch");
			e = assertThrows(IOException.class, () -> ZstdLoader.load(temp));
		}
		finally {
			System.setProperty("os.arch", arch);
		}
		assertTrue(e.getMessage().startsWith("zstd cannot be loaded on " + System.getProperty("os.name")
				+ "/solo-test-arch: "), e.getMessage());
		assertEquals(1, e.getMessage().lines().count(), e.getMessage());
		assertTrue(Zstd.available(), "the loader already made is not affected");
	}

	/** JVMs extracting at once all end with one whole, owner-only copy and no temporary files. */
	@Test
	void concurrentExtractionLeavesOneWholeCopy() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Path>> copies = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				Callable<Path> extract = () -> NestedJar.extract(ZstdLoader.class, ZstdLoader.RESOURCE, "zstd-jni", temp);
				copies.add(pool.submit(extract));
			}
			Path first = copies.get(0).get();
			for (Future<Path> copy : copies) {
				assertEquals(first, copy.get());
			}
			try (var files = Files.list(temp)) {
				assertEquals(List.of(first), files.toList());
			}
			byte[] nested;
			try (InputStream in = ZstdLoader.class.getResourceAsStream(ZstdLoader.RESOURCE)) {
				nested = in.readAllBytes();
			}
			assertArrayEquals(nested, Files.readAllBytes(first));
			java.util.zip.CRC32 crc = new java.util.zip.CRC32();
			crc.update(nested);
			assertEquals("zstd-jni-" + Long.toHexString(crc.getValue()) + "-" + nested.length + ".jar",
					first.getFileName().toString(), "named by content, as the jar's own entry names it");
			assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(first)));
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static byte[] event(int i) {
		return ("{\"event\":\"test-finished\",\"test\":\"com.example.T" + i + "\",\"status\":\"passed\"}\n").getBytes(UTF_8);
	}

	private static byte[] compress(byte[] bytes) throws IOException {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (OutputStream out = Zstd.compress(compressed, 3)) {
			out.write(bytes);
		}
		return compressed.toByteArray();
	}

	private static byte[] randomText(int length) {
		Random random = new Random(42);
		byte[] text = new byte[length];
		for (int i = 0; i < length; i++) {
			text[i] = (byte) ('a' + random.nextInt(8));
		}
		return text;
	}

	/** Decodes all of {@code compressed}; a hang would fail the test rather than stall the build. */
	private static void readWithTimeout(byte[] compressed) throws IOException {
		// rethrows what the decoding threw, unwrapped
		assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
			try (InputStream in = Zstd.decompress(new ByteArrayInputStream(compressed))) {
				in.readAllBytes();
			}
		});
	}
}
