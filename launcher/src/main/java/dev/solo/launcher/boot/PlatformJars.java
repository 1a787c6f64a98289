package dev.solo.launcher.boot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The JUnit Platform a project's tests use, picked from its test class path: the jars the
 * launcher, the Solo engine and every module's engines must share (commons, engine, launcher,
 * reporting, opentest4j, apiguardian). Engines stay with their module. A class path without
 * the launcher (Surefire brings its own) gets the launcher of the same version from the local
 * Maven repository.
 */
final class PlatformJars {
	private static final Map<String, String> MARKERS = new LinkedHashMap<>();

	static {
		MARKERS.put("org/junit/platform/commons/JUnitException.class", "junit-platform-commons");
		MARKERS.put("org/junit/platform/engine/TestEngine.class", "junit-platform-engine");
		MARKERS.put("org/junit/platform/launcher/Launcher.class", "junit-platform-launcher");
		MARKERS.put("org/junit/platform/reporting/open/xml/OpenTestReportGeneratingListener.class",
				"junit-platform-reporting");
		MARKERS.put("org/opentest4j/AssertionFailedError.class", "opentest4j");
		MARKERS.put("org/apiguardian/api/API.class", "apiguardian-api");
		MARKERS.put("org/opentest4j/reporting/events/api/DocumentWriter.class", "open-test-reporting-events");
		MARKERS.put("org/opentest4j/reporting/schema/Namespace.class", "open-test-reporting-schema");
	}

	private final Map<String, Path> found;
	private final Optional<String> version;

	private PlatformJars(Map<String, Path> found, Optional<String> version) {
		this.found = found;
		this.version = version;
	}

	/** The Platform's jars among {@code classPath}, the first of each kind. */
	static PlatformJars in(Collection<Path> classPath) {
		Map<String, Path> found = new LinkedHashMap<>();
		Optional<String> version = Optional.empty();
		for (Path entry : classPath) {
			if (!Files.isRegularFile(entry)) {
				continue;
			}
			try (JarFile jar = new JarFile(entry.toFile())) {
				if (jar.getEntry("META-INF/services/org.junit.platform.engine.TestEngine") != null) {
					continue;
				}
				for (Map.Entry<String, String> marker : MARKERS.entrySet()) {
					if (!found.containsKey(marker.getValue()) && jar.getEntry(marker.getKey()) != null) {
						found.put(marker.getValue(), entry);
						if (marker.getValue().equals("junit-platform-engine")) {
							version = implementationVersion(jar.getManifest());
						}
					}
				}
			}
			catch (IOException e) {
				// not a jar the Platform could load either
			}
		}
		return new PlatformJars(found, version);
	}

	boolean hasEngineApi() {
		return found.containsKey("junit-platform-engine");
	}

	boolean hasLauncher() {
		return found.containsKey("junit-platform-launcher");
	}

	/** The version of {@code junit-platform-engine}, as its manifest says. */
	Optional<String> version() {
		return version;
	}

	/** The same set with {@code extra} jars (resolved by Maven, or found in its repository) added where missing. */
	PlatformJars with(Collection<Path> extra) {
		List<Path> all = new ArrayList<>(found.values());
		all.addAll(extra);
		return in(all);
	}

	/** The launcher of this Platform's version in the local Maven repository, if it is there. */
	Optional<Path> launcherInLocalRepository() {
		return version.map(v -> localRepository().resolve("org/junit/platform/junit-platform-launcher").resolve(v)
				.resolve("junit-platform-launcher-" + v + ".jar")).filter(Files::isRegularFile);
	}

	/**
	 * The newest JUnit Platform in the local Maven repository, for a command that reads recorded
	 * runs (their tests are JUnit descriptors) with no project to take one from: any 1.10+ reads them.
	 */
	static List<Path> newestInLocalRepository() {
		Path repository = localRepository();
		List<Path> jars = new ArrayList<>();
		Optional<String> platform = newest(repository.resolve("org/junit/platform/junit-platform-engine"));
		platform.ifPresent(v -> {
			for (String artifact : List.of("junit-platform-engine", "junit-platform-commons", "junit-platform-launcher")) {
				jars.add(jar(repository, "org/junit/platform/" + artifact, artifact, v));
			}
		});
		newest(repository.resolve("org/opentest4j/opentest4j"))
				.ifPresent(v -> jars.add(jar(repository, "org/opentest4j/opentest4j", "opentest4j", v)));
		newest(repository.resolve("org/apiguardian/apiguardian-api"))
				.ifPresent(v -> jars.add(jar(repository, "org/apiguardian/apiguardian-api", "apiguardian-api", v)));
		return jars.stream().filter(Files::isRegularFile).toList();
	}

	private static Path jar(Path repository, String folder, String artifact, String version) {
		return repository.resolve(folder).resolve(version).resolve(artifact + "-" + version + ".jar");
	}

	/** The highest release among an artifact's version folders; milestones and snapshots only when there is nothing else. */
	private static Optional<String> newest(Path artifact) {
		if (!Files.isDirectory(artifact)) {
			return Optional.empty();
		}
		try (Stream<Path> versions = Files.list(artifact)) {
			return versions.filter(Files::isDirectory).map(v -> v.getFileName().toString())
					.filter(v -> Character.isDigit(v.charAt(0)))
					.max(Comparator.comparing((String v) -> !v.contains("-"))
							.thenComparing(PlatformJars::numbers, Arrays::compare));
		}
		catch (IOException e) {
			return Optional.empty();
		}
	}

	private static int[] numbers(String version) {
		return Arrays.stream(version.split("[.-]")).takeWhile(part -> part.matches("\\d+"))
				.mapToInt(Integer::parseInt).toArray();
	}

	List<Path> jars() {
		return List.copyOf(found.values());
	}

	private static Path localRepository() {
		String explicit = System.getProperty("maven.repo.local");
		return explicit != null ? Path.of(explicit)
				: Path.of(System.getProperty("user.home"), ".m2", "repository");
	}

	private static Optional<String> implementationVersion(Manifest manifest) {
		if (manifest == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(manifest.getMainAttributes().getValue("Implementation-Version"));
	}
}
