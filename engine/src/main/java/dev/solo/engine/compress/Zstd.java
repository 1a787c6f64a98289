package dev.solo.engine.compress;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.apiguardian.api.API;

/**
 * zstd through zstd-jni, which cannot be relocated (its native methods name its classes), so it
 * travels inside the engine's jar as a jar of its own and is loaded by a class loader of its own,
 * on first use: never visible on the user's class path, never loaded in a child JVM.
 *
 * <p>The streams are zstd-jni's own {@code ZstdOutputStream} and {@code ZstdInputStream}: they
 * are {@code java.io} streams already, so they are handed out as they are.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public final class Zstd {
	private Zstd() {
	}

	/** A stream that compresses into {@code out}; {@code flush()} makes what was written so far decodable. */
	public static OutputStream compress(OutputStream out, int level) throws IOException {
		return ZstdLoader.get().compress(out, level);
	}

	/** A stream that decompresses {@code in}; a truncated or corrupt input fails with an {@code IOException}. */
	public static InputStream decompress(InputStream in) throws IOException {
		return ZstdLoader.get().decompress(in);
	}

	/**
	 * Whether zstd can be loaded here without the JVM's warning about native code: from JDK 24 a
	 * JVM warns on stderr when class-path code loads a native library, unless native access was
	 * granted ({@code --enable-native-access=ALL-UNNAMED}, or {@code Enable-Native-Access} in an
	 * executable jar's manifest, as {@code solo.jar} has). A test host's console is the user's:
	 * where the warning would appear, the recorder writes its log uncompressed instead.
	 */
	public static boolean loadsQuietly() {
		if (Runtime.version().feature() < 24) {
			return true;
		}
		try {
			Object enabled = Module.class.getMethod("isNativeAccessEnabled").invoke(Zstd.class.getClassLoader()
					.getUnnamedModule());
			return Boolean.TRUE.equals(enabled);
		}
		catch (ReflectiveOperationException | RuntimeException e) {
			return false;
		}
	}

	/** Whether zstd loads on this platform; where it does not, {@link #compress} says why. */
	public static boolean available() {
		try {
			ZstdLoader.get();
			return true;
		}
		catch (IOException unavailable) {
			return false;
		}
	}
}
