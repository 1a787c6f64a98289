package dev.solo.engine.module;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.junit.platform.engine.TestEngine;

/**
 * Which JUnit Platform a module's tests are on, against the one the run is on: a reactor's
 * modules may each declare their own JUnit, and a module discovered on another Platform than
 * its own would see other classes than its tests do.
 */
final class ModulePlatform {
	private static final String MARKER = "org/junit/platform/engine/TestEngine.class";

	private ModulePlatform() {
	}

	/** Whether {@code classPath} brings a Platform of its own that is not the run's. */
	static boolean differs(List<Path> classPath) {
		Optional<String> own = of(classPath);
		return own.isPresent() && run().isPresent() && !own.equals(run());
	}

	/** The version of the Platform {@code classPath} brings, if it brings one that says its version. */
	static Optional<String> of(List<Path> classPath) {
		// The jar is named so in every Maven project; any other jar is opened only when none is.
		List<Path> jars = classPath.stream().filter(Files::isRegularFile)
				.sorted(Comparator.comparing(p -> !p.getFileName().toString().startsWith("junit-platform-engine")))
				.toList();
		for (Path jar : jars) {
			try (JarFile file = new JarFile(jar.toFile())) {
				if (file.getEntry(MARKER) != null) {
					return version(file.getManifest());
				}
			}
			catch (IOException e) {
				// not a jar: the Platform cannot come from it either
			}
		}
		return Optional.empty();
	}

	/** The version of the Platform this run is on. */
	static Optional<String> run() {
		String version = TestEngine.class.getPackage().getImplementationVersion();
		if (version != null) {
			return Optional.of(version);
		}
		CodeSource source = TestEngine.class.getProtectionDomain().getCodeSource();
		try {
			Path location = Path.of(source.getLocation().toURI());
			try (JarFile file = new JarFile(location.toFile())) {
				return version(file.getManifest());
			}
		}
		catch (URISyntaxException | IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	private static Optional<String> version(Manifest manifest) {
		return manifest == null ? Optional.empty()
				: Optional.ofNullable(manifest.getMainAttributes().getValue("Implementation-Version"));
	}
}
