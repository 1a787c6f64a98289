package dev.solo.launcher.maven;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.launcher.json.Json;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * What Solo learned from a Maven build: each module's test class path, folders and the
 * Surefire settings that shape its test JVMs, plus the Platform jars the project's class paths
 * lack (Surefire brings its own launcher). Written by the Maven extension, read by the command.
 *
 * @param platformExtras jars of the project's Platform version that no module has (the launcher, reporting)
 * @param selection what narrows every run of the project, or null: an archive's own selection
 */
@API(status = INTERNAL, since = "0.1")
public record ProjectModel(String root, List<Module> modules, List<String> platformExtras, Selection selection,
		List<String> notices) {
	/** Why a module's tests are not run when its test class path has nothing to run them with. */
	public static final String NO_JUNIT = "no JUnit Platform or JUnit 4 on its test class path";

	public ProjectModel {
		modules = List.copyOf(modules);
		platformExtras = List.copyOf(platformExtras);
		notices = notices == null ? List.of() : List.copyOf(notices);
	}

	public ProjectModel(String root, List<Module> modules, List<String> platformExtras, Selection selection) {
		this(root, modules, platformExtras, selection, List.of());
	}

	/** A project as Maven reports it: nothing narrows its runs but their own options. */
	public ProjectModel(String root, List<Module> modules, List<String> platformExtras) {
		this(root, modules, platformExtras, null);
	}

	/**
	 * The first module that has compiled test classes but nothing to run them with: its tests
	 * would be lost without a word, so the run fails instead.
	 */
	public Optional<Module> stranded() {
		return modules.stream().filter(m -> m.skipReason().filter(NO_JUNIT::equals).isPresent())
				.filter(Module::hasTestClasses).findFirst();
	}

	/** The selection a run starts from, before its own options narrow it. */
	public Optional<Selection> narrowing() {
		return Optional.ofNullable(selection);
	}

	/**
	 * Selection options a project was archived with: a run of the archive selects within them.
	 *
	 * @param filter a filterset, or null
	 */
	public record Selection(String filter, List<String> includeTags, List<String> excludeTags,
			List<String> includeClassNames, List<String> excludeClassNames) {
		public Selection {
			includeTags = List.copyOf(includeTags);
			excludeTags = List.copyOf(excludeTags);
			includeClassNames = List.copyOf(includeClassNames);
			excludeClassNames = List.copyOf(excludeClassNames);
		}
	}

	/**
	 * One module with tests.
	 *
	 * @param name its artifactId, or its path from the root where two share one
	 * @param directory its test JVMs' working directory (Surefire's {@code workingDirectory})
	 * @param classPath its whole test class path, in Maven's order
	 * @param testClasses the folder whose tests it runs; null for a class path's module, which has selectors
	 * @param testSources its test source folders, to name a test's source file
	 * @param jvmArgs {@code argLine}, split as Surefire splits it, then {@code systemPropertyVariables} as {@code -D}
	 * @param includes Surefire's {@code includes} (its defaults when the pom has none)
	 * @param groups Surefire's {@code groups}: a JUnit tag expression, or null
	 * @param excludedGroups Surefire's {@code excludedGroups}, or null
	 * @param skipped why its tests do not run ({@code skipTests}), or null
	 * @param selectors what it discovers, as {@link SelectorText}, in place of {@code testClasses} scanned
	 *                  with {@code includes}: a class path's ({@code -cp}) selection; null for a Maven
	 *                  module. An empty list selects nothing, as a {@code -cp} run with no selector does.
	 */
	public record Module(String name, String directory, List<String> classPath, String testClasses,
			List<String> testSources, List<String> jvmArgs, Map<String, String> environment, Map<String, String> configuration,
			List<String> includes, List<String> excludes, String groups, String excludedGroups, String skipped,
			List<String> selectors) {

		public Module {
			selectors = selectors == null ? null : List.copyOf(selectors);
		}

		/** A module as Maven reports it: its test classes scanned as Surefire scans them. */
		public Module(String name, String directory, List<String> classPath, String testClasses,
				List<String> testSources, List<String> jvmArgs, Map<String, String> environment,
				Map<String, String> configuration, List<String> includes, List<String> excludes, String groups,
				String excludedGroups, String skipped) {
			this(name, directory, classPath, testClasses, testSources, jvmArgs, environment, configuration, includes,
					excludes, groups, excludedGroups, skipped, null);
		}

		public Optional<String> skipReason() {
			return Optional.ofNullable(skipped);
		}

		/** Its own selectors, when it has them rather than Surefire's scan. */
		public Optional<List<String>> explicitSelectors() {
			return Optional.ofNullable(selectors);
		}

		/** Whether its test classes folder holds a class: a module with tests, whatever runs them. */
		public boolean hasTestClasses() {
			if (testClasses == null || !java.nio.file.Files.isDirectory(Path.of(testClasses))) {
				return false;
			}
			try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(Path.of(testClasses))) {
				return files.anyMatch(f -> f.getFileName().toString().endsWith(".class"));
			}
			catch (IOException | java.io.UncheckedIOException e) {
				return true; // unreadable: assume tests rather than lose them quietly
			}
		}

		/** The same module, not run for {@code reason}. */
		public Module skippedFor(String reason) {
			return new Module(name, directory, classPath, testClasses, testSources, jvmArgs, environment, configuration, includes,
					excludes, groups, excludedGroups, reason, selectors);
		}
	}

	public void write(Path file) throws IOException {
		Json.writeRecord(file, this);
	}

	public static ProjectModel read(Path file) throws IOException {
		return Json.readRecord(file, ProjectModel.class);
	}
}
