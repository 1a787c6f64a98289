package dev.solo.launcher.boot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The jars solo.jar carries inside it (the engine), as files: the test JVMs need a real jar on
 * their class path. Each is written once per content into Solo's cache, so runs share it and
 * a new solo.jar never meets an old copy.
 */
final class NestedJars {
	private NestedJars() {
	}

	static Path engine() {
		return extract("solo-engine.jar");
	}

	private static Path extract(String name) {
		String resource = "/META-INF/solo/" + name;
		try {
			byte[] bytes;
			try (InputStream in = NestedJars.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("solo.jar is incomplete: " + resource + " is missing");
				}
				bytes = in.readAllBytes();
			}
			String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
			Path target = CacheDir.resolve("jars").resolve(digest).resolve(name);
			if (!Files.isRegularFile(target) || Files.size(target) != bytes.length) {
				Files.createDirectories(target.getParent());
				Path partial = Files.createTempFile(target.getParent(), name, ".part");
				Files.write(partial, bytes);
				// Another run may be writing the same file: a rename is all or nothing.
				Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			return target;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + name + " into Solo's cache: " + e.getMessage(), e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
