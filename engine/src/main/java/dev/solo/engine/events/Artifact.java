package dev.solo.engine.events;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;

import org.apiguardian.api.API;

/**
 * A file an attempt left in its {@code SOLO_ARTIFACT_DIR}: a heap dump, a Flight Recording, a
 * screenshot the test took.
 *
 * @param path where the file is kept after the run (in a recorded run read back: where it was)
 * @param relative its path under the run's artifact folder: {@code <test>/<attempt>/<file>}, the
 *        layout the store keeps and {@code solo replay --artifacts} extracts
 * @param size in bytes, when the attempt ended
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record Artifact(Path path, String relative, long size) {

	/** The file's path under its attempt's folder: {@link #relative} without the test's and the attempt's folders. */
	public String file() {
		String[] parts = relative.split("/", 3);
		return parts.length == 3 ? parts[2] : relative;
	}

	/** Whether the JVM wrote it on running out of memory ({@code -XX:+HeapDumpOnOutOfMemoryError}). */
	public boolean isHeapDump() {
		return relative.endsWith(".hprof");
	}
}
