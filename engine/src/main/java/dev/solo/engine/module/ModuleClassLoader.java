package dev.solo.engine.module;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

/**
 * A module's test class path as a class loader for discovery in the host. The JUnit Platform
 * and Solo come from the parent (the loader Solo itself was loaded by), so that the module's
 * engines and descriptors share their types with the host; everything else the module has
 * (its engines, its tests, their dependencies) is its own, so two modules never see each
 * other's classes.
 */
final class ModuleClassLoader extends URLClassLoader {
	/** Packages whose types the host and the module's engines must share. */
	private static final List<String> SHARED = List.of("org/junit/platform/commons/", "org/junit/platform/engine/",
			"org/junit/platform/launcher/", "org/opentest4j/", "org/apiguardian/");

	static {
		ClassLoader.registerAsParallelCapable();
	}

	private ModuleClassLoader(String name, URL[] urls, ClassLoader parent) {
		super("solo-module-" + name, urls, parent);
	}

	static ModuleClassLoader of(ModuleSelector module, ClassLoader parent) {
		List<URL> urls = new ArrayList<>();
		for (Path entry : module.classPath()) {
			if (Files.exists(entry) && !shared(entry)) {
				try {
					urls.add(entry.toUri().toURL());
				}
				catch (MalformedURLException e) {
					throw new UncheckedIOException(e);
				}
			}
		}
		return new ModuleClassLoader(module.name(), urls.toArray(new URL[0]), parent);
	}

	/**
	 * A jar of the Platform's own (not an engine: engines register a service and stay the
	 * module's) or of Solo's: the parent has it. A test engine jar holds its own services file.
	 */
	private static boolean shared(Path entry) {
		if (SoloEngineJar.in(entry)) {
			return true;
		}
		if (Files.isDirectory(entry)) {
			return false;
		}
		try (ZipFile jar = new ZipFile(entry.toFile())) {
			if (jar.getEntry("META-INF/services/org.junit.platform.engine.TestEngine") != null) {
				return false;
			}
			return jar.stream().limit(200).anyMatch(e -> SHARED.stream().anyMatch(e.getName()::startsWith));
		}
		catch (IOException e) {
			return false;
		}
	}
}
