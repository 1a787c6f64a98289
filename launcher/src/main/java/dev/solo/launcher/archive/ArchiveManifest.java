package dev.solo.launcher.archive;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.launcher.maven.SelectorText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.apiguardian.api.API;

/**
 * {@value #FILE_NAME}, at an archive's root: what {@code solo run} needs to run the archived
 * tests on another machine without Maven. Archive paths are {@code /}-separated and checked by
 * the same rule as entry names; paths into the workspace (a module's working directory, its test
 * sources) are relative to the workspace root, which the target machine may have elsewhere. The
 * maps are kept sorted, so one build's manifest is always the same bytes.
 *
 * @param soloVersion    the Solo that wrote the archive
 * @param javaVersion    the Java the tests were compiled and listed with
 * @param workspaceRoot  the workspace root on the build machine, as an absolute path there
 * @param origins        every archived class path root and file, by archive path: where it was on
 *                       the build machine, so that JVM options and variables naming it can be remapped
 * @param platformExtras archive paths of the Platform jars no module has (the launcher)
 * @param selection      the selection the archive was made with, which narrows every run of it
 */
@API(status = INTERNAL, since = "0.1")
public record ArchiveManifest(String soloVersion, String javaVersion, String workspaceRoot,
		Map<String, String> origins, List<String> platformExtras, Selection selection, List<Module> modules) {
	public static final String FILE_NAME = "solo-archive.json";
	/** Where the durations the build machine had recorded are, when it had any: for {@code duration:} shards. */
	public static final String DURATIONS_FILE = "durations.json";
	/** Bumped when a reader of an older format would misread the file; new fields do not bump it. */
	public static final int FORMAT_VERSION = 1;

	public ArchiveManifest {
		Objects.requireNonNull(soloVersion, "soloVersion");
		Objects.requireNonNull(javaVersion, "javaVersion");
		Objects.requireNonNull(workspaceRoot, "workspaceRoot");
		Map<String, String> checked = new TreeMap<>();
		origins.forEach((name, origin) -> checked.put(EntryName.file(name), origin));
		origins = Collections.unmodifiableMap(checked);
		platformExtras = platformExtras.stream().map(EntryName::file).toList();
		Objects.requireNonNull(selection, "selection");
		modules = List.copyOf(modules);
	}

	/**
	 * What {@code solo archive} was told to select, kept so that a run of the archive runs no test
	 * the archive was not made for; a run's own options narrow it further.
	 *
	 * @param filter            the filterset of the names, {@code -E} and {@code --select-*} options
	 * @param includeTags       {@code --include-tag} expressions (any may match)
	 * @param excludeTags       {@code --exclude-tag} expressions
	 * @param includeClassNames {@code --include-classname} patterns
	 * @param excludeClassNames {@code --exclude-classname} patterns
	 */
	@API(status = INTERNAL, since = "0.1")
	public record Selection(Optional<String> filter, List<String> includeTags, List<String> excludeTags,
			List<String> includeClassNames, List<String> excludeClassNames) {
		public static final Selection ALL = new Selection(Optional.empty(), List.of(), List.of(), List.of(), List.of());

		public Selection {
			Objects.requireNonNull(filter, "filter");
			includeTags = List.copyOf(includeTags);
			excludeTags = List.copyOf(excludeTags);
			includeClassNames = List.copyOf(includeClassNames);
			excludeClassNames = List.copyOf(excludeClassNames);
		}
	}

	/**
	 * One module's tests, with what Surefire would have given its test JVMs.
	 *
	 * @param workingDirectory relative to the workspace root; {@code ""} for the root itself
	 * @param classPath        archive paths, in class path order
	 * @param testClasses      the archive path of the folder whose tests it runs; none for a class
	 *                         path's module, which has selectors
	 * @param testSources      its test source folders, relative to the workspace root
	 * @param jvmOptions       {@code argLine} as Surefire splits it, then {@code systemPropertyVariables}
	 *                         as {@code -D} options, as on the build machine
	 * @param configuration    Surefire's {@code configurationParameters}
	 * @param includes         Surefire's {@code includes}
	 * @param excludes         Surefire's {@code excludes}
	 * @param groups           Surefire's {@code groups}, a tag expression
	 * @param excludedGroups   Surefire's {@code excludedGroups}
	 * @param tests            the tests listed at build time (unique ids)
	 * @param selectors        what a class path's module discovers ({@code solo archive -cp}), as
	 *                         {@code SelectorText}, a class path root by its archive path; none for a
	 *                         Maven module, which scans {@code testClasses} with {@code includes}. A
	 *                         manifest without the field is a Maven project's, as every older one is.
	 */
	@API(status = INTERNAL, since = "0.1")
	public record Module(String name, String workingDirectory, List<String> classPath, Optional<String> testClasses,
			List<String> testSources, List<String> jvmOptions, Map<String, String> environment,
			Map<String, String> configuration, List<String> includes, List<String> excludes, Optional<String> groups,
			Optional<String> excludedGroups, List<String> tests, Optional<List<String>> selectors) {
		public Module {
			Objects.requireNonNull(name, "name");
			workingDirectory = EntryName.normalize(workingDirectory);
			classPath = classPath.stream().map(EntryName::file).toList();
			testClasses = testClasses.map(EntryName::file);
			selectors = selectors.map(s -> s.stream().map(ArchiveManifest::checked).toList());
			if (testClasses.isEmpty() && selectors.isEmpty()) {
				throw new IllegalArgumentException("a module with neither test classes nor selectors");
			}
			testSources = testSources.stream().map(EntryName::normalize).toList();
			jvmOptions = List.copyOf(jvmOptions);
			environment = sorted(environment);
			configuration = sorted(configuration);
			includes = List.copyOf(includes);
			excludes = List.copyOf(excludes);
			Objects.requireNonNull(groups, "groups");
			Objects.requireNonNull(excludedGroups, "excludedGroups");
			tests = List.copyOf(tests);
		}
	}

	/** The manifest as JSON (UTF-8), for {@link ArchiveWriter#addBytes}. */
	public byte[] toJson() {
		return ManifestJson.write(this);
	}

	/**
	 * The manifest in {@code file}.
	 *
	 * @throws ArchiveException for a file that is not a manifest, or is one of a newer format,
	 *                          naming the file
	 */
	public static ArchiveManifest read(Path file) throws IOException {
		return ManifestJson.read(Files.readAllBytes(file), file.toString());
	}

	/** {@link #read}, for JSON already in memory; {@code source} names it in errors. */
	public static ArchiveManifest parse(byte[] json, String source) throws ArchiveException {
		return ManifestJson.read(json, source);
	}

	/** A selector whose kind this Solo knows, a class path root's path checked as a class path entry's. */
	private static String checked(String selector) {
		return SelectorText.mapPath(selector, EntryName::file);
	}

	private static Map<String, String> sorted(Map<String, String> map) {
		// unmodifiable, and in key order: a TreeMap's iteration order survives the wrapping
		return Collections.unmodifiableMap(new TreeMap<>(map));
	}
}
