package dev.solo.launcher.archive;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.apiguardian.api.API;

/**
 * {@value #FILE_NAME}, at an archive's root: what {@code solo run} needs to run the archived
 * tests on another machine without Maven. Paths in it are archive-relative ({@code /}-separated,
 * checked by the same rule as entry names), the working directory relative to the workspace
 * root; the maps are kept sorted, so one build's manifest is always the same bytes.
 *
 * @param soloVersion   the Solo that wrote the archive
 * @param javaVersion   the Java the tests were compiled and listed with
 * @param workspaceRoot the workspace root on the build machine, as an absolute path there
 */
@API(status = INTERNAL, since = "0.1")
public record ArchiveManifest(String soloVersion, String javaVersion, String workspaceRoot, List<Module> modules) {
	public static final String FILE_NAME = "solo-archive.json";
	/** Bumped when a reader of an older format would misread the file; new fields do not bump it. */
	public static final int FORMAT_VERSION = 1;

	public ArchiveManifest {
		Objects.requireNonNull(soloVersion, "soloVersion");
		Objects.requireNonNull(javaVersion, "javaVersion");
		Objects.requireNonNull(workspaceRoot, "workspaceRoot");
		modules = List.copyOf(modules);
	}

	/**
	 * One module's tests.
	 *
	 * @param classPath        archive-relative, in class path order
	 * @param workingDirectory relative to the workspace root; {@code ""} for the root itself
	 * @param tests            the tests listed at build time (unique ids)
	 */
	@API(status = INTERNAL, since = "0.1")
	public record Module(String name, List<String> classPath, String workingDirectory, List<String> jvmOptions,
			Map<String, String> systemProperties, Map<String, String> environment, List<String> tests) {
		public Module {
			Objects.requireNonNull(name, "name");
			classPath = classPath.stream().map(EntryName::file).toList();
			workingDirectory = EntryName.normalize(workingDirectory);
			jvmOptions = List.copyOf(jvmOptions);
			systemProperties = sorted(systemProperties);
			environment = sorted(environment);
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

	private static Map<String, String> sorted(Map<String, String> map) {
		// unmodifiable, and in key order: a TreeMap's iteration order survives the wrapping
		return java.util.Collections.unmodifiableMap(new TreeMap<>(map));
	}
}
