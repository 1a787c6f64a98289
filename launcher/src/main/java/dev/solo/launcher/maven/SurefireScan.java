package dev.solo.launcher.maven;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apiguardian.api.API;

/**
 * The test classes Surefire runs of a module, by name: each class file of its test classes folder
 * whose name its includes take and its excludes leave (by default {@code **}{@code /*$*}: no
 * inner class, Jupiter finds its {@code @Nested} ones itself). Surefire's JUnit Platform provider
 * selects each such class ({@code selectClass}), never the folder: an engine that finds tests in
 * a class path root by itself (Cucumber's features) finds them only through a class that asks
 * for them (a {@code @Suite}, a {@code @Cucumber} class), so a scenario runs once, not once per way
 * it is reached.
 */
@API(status = INTERNAL, since = "0.1")
public final class SurefireScan {
	private SurefireScan() {
	}

	public static List<String> classNames(Path testClasses, List<String> includes, List<String> excludes) {
		List<Pattern> taken = compile(includes);
		List<Pattern> left = compile(excludes);
		try (Stream<Path> files = Files.walk(testClasses)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".class") && Files.isRegularFile(file))
					.map(file -> className(testClasses.relativize(file)))
					.filter(name -> taken.stream().anyMatch(p -> p.matcher(name).matches()))
					.filter(name -> left.stream().noneMatch(p -> p.matcher(name).matches()))
					.sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("solo: cannot list the test classes in " + testClasses + ": " + e.getMessage(), e);
		}
	}

	private static String className(Path relative) {
		String path = relative.toString().replace(relative.getFileSystem().getSeparator(), ".");
		return path.substring(0, path.length() - ".class".length());
	}

	private static List<Pattern> compile(List<String> patterns) {
		return SurefirePatterns.toClassNameRegexes(patterns).stream().map(Pattern::compile).toList();
	}
}
