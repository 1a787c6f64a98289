package dev.solo.engine.compress;

import dev.solo.engine.files.OwnerOnlyFiles;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * A jar carried inside the engine's jar, written out to a folder so that a class loader can
 * open it. The file is named by its content's CRC and size: a newer Solo never picks up an older copy,
 * and JVMs that extract at once write the same bytes to the same name, each through a temporary
 * file moved into place, so none ever opens a half-written jar.
 */
final class NestedJar {
	private NestedJar() {
	}

	/** The copy of resource {@code resource} (of {@code owner}'s loader) in {@code folder}, written if missing. */
	static Path extract(Class<?> owner, String resource, String baseName, Path folder) throws IOException {
		URL url = owner.getResource(resource);
		if (url == null) {
			throw new IOException("the Solo engine jar holds no " + resource.substring(1));
		}
		// Inside a jar, the entry's CRC and size (from the jar's directory) name the content at no
		// cost; every JVM of a run would otherwise read and hash megabytes to find its copy there.
		Optional<String> known = entryKey(url);
		if (known.isPresent()) {
			Path target = folder.resolve(baseName + "-" + known.get() + ".jar");
			if (Files.isRegularFile(target) && target.getFileName().toString().endsWith("-" + Files.size(target) + ".jar")) {
				return target;
			}
		}
		byte[] bytes;
		try (InputStream in = url.openStream()) {
			bytes = in.readAllBytes();
		}
		CRC32 crc = new CRC32();
		crc.update(bytes);
		Path target = folder.resolve(baseName + "-" + Long.toHexString(crc.getValue()) + "-" + bytes.length + ".jar");
		if (Files.isRegularFile(target) && Files.size(target) == bytes.length) {
			return target;
		}
		// Concurrent JVMs write the same bytes under the same name, each moving a whole file into place.
		OwnerOnlyFiles.writeAtomically(target, bytes);
		return target;
	}

	/** {@code <crc>-<size>} of a resource inside a jar, or empty for one in a folder (the engine's own build). */
	private static Optional<String> entryKey(URL url) {
		try {
			if (url.openConnection() instanceof JarURLConnection jar) {
				jar.setUseCaches(false);
				JarEntry entry = jar.getJarEntry();
				if (entry != null && entry.getCrc() >= 0 && entry.getSize() >= 0) {
					return Optional.of(Long.toHexString(entry.getCrc()) + "-" + entry.getSize());
				}
			}
		}
		catch (IOException unreadable) {
			// read it whole instead
		}
		return Optional.empty();
	}
}
