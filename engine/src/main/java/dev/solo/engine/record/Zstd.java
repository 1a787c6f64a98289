package dev.solo.engine.record;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.apiguardian.api.API;

/**
 * zstd through zstd-jni, which cannot be relocated (its native methods name its classes), so it
 * travels inside the engine's jar as a jar of its own and is loaded by a class loader of its own,
 * on first use: never visible on the user's class path, never loaded in a child JVM.
 */
@API(status = INTERNAL, since = "0.1")
public final class Zstd {
	private Zstd() {
	}

	/** A stream that compresses into {@code out}; {@code flush()} makes what was written so far decodable. */
	public static OutputStream compress(OutputStream out, int level) throws IOException {
		throw new UnsupportedOperationException("TODO");
	}

	/** A stream that decompresses {@code in}; a truncated or corrupt input fails with an {@code IOException}. */
	public static InputStream decompress(InputStream in) throws IOException {
		throw new UnsupportedOperationException("TODO");
	}
}
