package dev.solo.engine.module;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/**
 * Whether a class path entry holds a Solo engine: a project that depends on solo-engine has
 * one on its test class path, besides the one this run's engine was loaded from.
 */
final class SoloEngineJar {
	private static final String MARKER = "dev/solo/engine/SoloTestEngine.class";

	private SoloEngineJar() {
	}

	static boolean in(Path entry) {
		if (Files.isDirectory(entry)) {
			return Files.exists(entry.resolve(MARKER));
		}
		try (ZipFile jar = new ZipFile(entry.toFile())) {
			return jar.getEntry(MARKER) != null;
		}
		catch (IOException e) {
			return false;
		}
	}
}
