package dev.solo.launcher.boot;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;

/**
 * Opens {@code --archive-file} before the Platform is loaded, since the Platform's jars are in the
 * archive. Reading a {@code .tar.zst} needs the engine's zstd, which the boot's own loader does not
 * see: the archive code runs in a loader of its own over the engine and solo.jar, and only text
 * crosses back.
 */
final class ArchiveOpening {
	/** An archive that is missing, refused, corrupt or too new: nextest's exit 104. */
	static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;

		Refused(String message) {
			super(message);
		}
	}

	private ArchiveOpening() {
	}

	/** What {@code dev.solo.launcher.archive.ArchivedProject.open} gives: the folders, and a note. */
	@SuppressWarnings("unchecked")
	static Map<String, String> open(BootArguments arguments, Path projectFile, Path selfJar)
			throws IOException, Refused {
		URL[] jars = { NestedJars.engine().toUri().toURL(), selfJar.toUri().toURL() };
		try (URLClassLoader loader = new URLClassLoader("solo-archive", jars, ClassLoader.getPlatformClassLoader())) {
			Class<?> opener = Class.forName("dev.solo.launcher.archive.ArchivedProject", true, loader);
			return (Map<String, String>) opener.getMethod("open", String.class, String.class, String.class,
					String.class).invoke(null, arguments.archiveFile().orElseThrow().toString(),
							arguments.extractTo().map(Path::toString).orElse(null),
							arguments.workspaceRemap().map(Path::toString).orElse(null), projectFile.toString());
		}
		catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			if (cause.getClass().getName().equals("dev.solo.launcher.archive.ArchiveException")) {
				throw new Refused(cause.getMessage());
			}
			if (cause instanceof IOException io) {
				throw io;
			}
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(cause);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("solo.jar is incomplete: " + e, e);
		}
	}
}
