package dev.solo.engine.fork;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Orders the child class path so class-data sharing can work: the JVM archives classes only
 * from jars that form a prefix of the class path, so jars go first and class folders
 * ({@code target/test-classes}) after them. That changes nothing a test can see unless a folder
 * and a jar hold the same class or resource; then the host's order is kept and sharing is off.
 */
final class ClassPathLayout {
	private final List<String> entries;
	private final List<String> jarPrefix;

	private ClassPathLayout(List<String> entries, List<String> jarPrefix) {
		this.entries = List.copyOf(entries);
		this.jarPrefix = List.copyOf(jarPrefix);
	}

	static ClassPathLayout of(List<String> classPath) {
		List<String> jars = new ArrayList<>();
		List<String> others = new ArrayList<>();
		for (String entry : classPath) {
			Path path = Paths.get(entry);
			if (Files.isRegularFile(path) && entry.endsWith(".jar")) {
				jars.add(entry);
			}
			else if (Files.exists(path)) {
				others.add(entry);
			}
		}
		if (others.isEmpty()) {
			return new ClassPathLayout(jars, jars);
		}
		if (jarsComeFirst(classPath, jars) || !overlaps(others, jars)) {
			List<String> reordered = new ArrayList<>(jars);
			reordered.addAll(others);
			return new ClassPathLayout(reordered, jars);
		}
		return new ClassPathLayout(classPath, List.of());
	}

	/** The class path for the child. */
	List<String> entries() {
		return entries;
	}

	/** The jars at the head of {@link #entries()}: what a class-data archive may hold. Empty if none may. */
	List<String> jarPrefix() {
		return jarPrefix;
	}

	private static boolean jarsComeFirst(List<String> classPath, List<String> jars) {
		return classPath.subList(0, Math.min(jars.size(), classPath.size())).equals(jars);
	}

	private static boolean overlaps(List<String> folders, List<String> jars) {
		Set<String> names = new HashSet<>();
		for (String folder : folders) {
			Path root = Paths.get(folder);
			if (!Files.isDirectory(root)) {
				return true;
			}
			try (Stream<Path> files = Files.walk(root)) {
				files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/'))
						.filter(ClassPathLayout::matters).forEach(names::add);
			}
			catch (IOException e) {
				return true;
			}
		}
		for (String jar : jars) {
			try (ZipFile zip = new ZipFile(jar)) {
				Enumeration<? extends ZipEntry> entries = zip.entries();
				while (entries.hasMoreElements()) {
					if (names.contains(entries.nextElement().getName())) {
						return true;
					}
				}
			}
			catch (IOException e) {
				return true;
			}
		}
		return false;
	}

	/** Files every jar has and no one looks up by class-path order. */
	private static boolean matters(String name) {
		return !name.startsWith("META-INF/") && !name.equals("module-info.class");
	}
}
