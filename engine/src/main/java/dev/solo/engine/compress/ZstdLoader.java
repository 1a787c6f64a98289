package dev.solo.engine.compress;

import dev.solo.engine.files.SoloCache;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * zstd-jni in a class loader of its own: the nested jar, extracted to Solo's cache, under the
 * platform class loader. Not under the engine's loader, which may see the user's class path: a
 * zstd-jni of the user's (another version, other natives) must never be the one picked.
 *
 * <p>One loader per JVM, kept for its life: a native library can be bound to one class loader
 * only, so a second loader of the same jar could not load it again.
 *
 * <p>From Java 24 on, loading the library prints a restricted-method warning unless the JVM runs
 * with {@code --enable-native-access=ALL-UNNAMED}. Nothing on the class path can grant itself
 * native access: a module layer's controller could grant it to zstd-jni as a named module, but
 * calling it is restricted in turn and warns the same. A JVM Solo starts itself (the command
 * line's) can pass the option; a host's JVM (Maven's, Gradle's) warns once unless its user does.
 */
final class ZstdLoader {
	static final String RESOURCE = "/META-INF/solo/zstd-jni.jar";

	private static volatile ZstdLoader loaded;
	private static volatile String failure;

	private final Constructor<?> output;
	private final Constructor<?> input;

	private ZstdLoader(ClassLoader loader) throws ReflectiveOperationException {
		output = loader.loadClass("com.github.luben.zstd.ZstdOutputStream").getConstructor(OutputStream.class, int.class);
		input = loader.loadClass("com.github.luben.zstd.ZstdInputStream").getConstructor(InputStream.class);
	}

	static ZstdLoader get() throws IOException {
		ZstdLoader current = loaded;
		if (current != null) {
			return current;
		}
		synchronized (ZstdLoader.class) {
			if (loaded == null && failure == null) {
				try {
					loaded = load(SoloCache.folder("lib"));
				}
				catch (IOException | RuntimeException | LinkageError e) {
					// remembered: a second attempt would fail the same way, and more slowly
					String message = oneLine(e);
					failure = message.startsWith("zstd") ? message : "zstd cannot be loaded: " + message;
				}
			}
			if (loaded == null) {
				throw new IOException(failure);
			}
			return loaded;
		}
	}

	/** Loads zstd-jni from a copy in {@code folder}, and its native library at once, so that failing to is found here. */
	static ZstdLoader load(Path folder) throws IOException {
		Path jar = NestedJar.extract(ZstdLoader.class, RESOURCE, "zstd-jni", folder);
		URLClassLoader loader = new URLClassLoader("solo-zstd", new URL[] {jar.toUri().toURL()},
				ClassLoader.getPlatformClassLoader());
		boolean loadedIt = false;
		try {
			Class<?> nativeLibrary = loader.loadClass("com.github.luben.zstd.util.Native");
			nativeLibrary.getMethod("load").invoke(null);
			ZstdLoader zstd = new ZstdLoader(loader);
			loadedIt = true;
			return zstd;
		}
		catch (InvocationTargetException e) {
			throw new IOException("zstd cannot be loaded on " + platform() + ": " + oneLine(e.getCause()));
		}
		catch (ReflectiveOperationException | LinkageError e) {
			throw new IOException("zstd cannot be loaded on " + platform() + ": " + oneLine(e));
		}
		finally {
			if (!loadedIt) {
				loader.close();
			}
		}
	}

	OutputStream compress(OutputStream out, int level) throws IOException {
		return (OutputStream) create(output, out, level);
	}

	InputStream decompress(InputStream in) throws IOException {
		return (InputStream) create(input, in);
	}

	private static Object create(Constructor<?> constructor, Object... arguments) throws IOException {
		try {
			return constructor.newInstance(arguments);
		}
		catch (InvocationTargetException e) {
			if (e.getCause() instanceof IOException io) {
				throw io;
			}
			throw new IOException("zstd: " + oneLine(e.getCause()), e.getCause());
		}
		catch (ReflectiveOperationException e) {
			throw new IOException("zstd: " + oneLine(e), e);
		}
	}

	private static String platform() {
		return System.getProperty("os.name") + "/" + System.getProperty("os.arch");
	}

	private static String oneLine(Throwable e) {
		// a FileSystemException's message is a bare path: its class says what went wrong
		String message = e.getMessage() == null || e instanceof FileSystemException ? e.toString()
				: e.getMessage();
		return message.lines().findFirst().orElse(message);
	}
}
