package dev.solo.launcher.archive;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.launcher.maven.ProjectModel;
import dev.solo.launcher.maven.SelectorText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * {@code solo run|list --archive-file}: the archive extracted, and the project it holds as the
 * command reads a Maven project, every path remapped to this machine. Called by the boot through
 * a class loader of its own (the archive needs the engine's zstd), so it takes and gives text.
 *
 * <p>The workspace on this machine is {@code --workspace-remap}, else the build machine's root
 * where that exists here (nextest's default: the same checkout path on both machines), else the
 * archive's own copy of the workspace, which holds the modules' compiled folders and
 * {@code .config/solo.toml} but no sources: tests that read only their class path still run.
 */
@API(status = INTERNAL, since = "0.1")
public final class ArchivedProject {
	/** Keys of what {@link #open} gives back. */
	public static final String EXTRACTED = "extracted";
	public static final String WORKSPACE = "workspace";
	public static final String DURATIONS = "durations";
	public static final String NOTE = "note";

	private ArchivedProject() {
	}

	/**
	 * Extracts {@code archive} into {@code extractTo} (a new temporary folder when null) and writes
	 * the project it holds to {@code projectFile}.
	 *
	 * @param remap the workspace root on this machine, or null
	 * @return {@link #EXTRACTED} (the folder), {@link #WORKSPACE} (the root tests run under),
	 *         {@link #DURATIONS} (the archived durations file, when there is one), {@link #NOTE} (what to tell the user, if anything)
	 * @throws ArchiveException for an archive that is missing, refused, corrupt or of a newer format (exit 104)
	 * @throws IOException for a folder that cannot be used (exit 96); nothing is left in a temporary folder
	 */
	public static Map<String, String> open(String archive, String extractTo, String remap, String projectFile)
			throws IOException {
		Path file = Path.of(archive).toAbsolutePath();
		if (!Files.isRegularFile(file)) {
			throw new ArchiveException("archive " + file + " does not exist or is not a file");
		}
		Optional<Path> workspace = Optional.empty();
		if (remap != null) {
			Path folder = Path.of(remap).toAbsolutePath().normalize();
			if (!Files.isDirectory(folder)) {
				throw new NoSuchFileException(folder.toString(), null, "--workspace-remap: not a folder");
			}
			workspace = Optional.of(folder);
		}
		boolean temporary = extractTo == null;
		Path target = temporary ? Files.createTempDirectory("solo-archive-") : Path.of(extractTo).toAbsolutePath();
		try {
			new SafeExtractor().extract(file, target);
			Path manifestFile = target.resolve(ArchiveManifest.FILE_NAME);
			if (!Files.isRegularFile(manifestFile)) {
				throw new ArchiveException(file + " is not a Solo archive: it has no " + ArchiveManifest.FILE_NAME);
			}
			ArchiveManifest manifest = ArchiveManifest.read(manifestFile);
			Map<String, String> result = new LinkedHashMap<>();
			result.put(EXTRACTED, target.toString());
			Path buildRoot = Path.of(manifest.workspaceRoot());
			Path copy = target.resolve(ArchiveLayout.WORKSPACE);
			Path root = workspace.orElse(Files.isDirectory(buildRoot) ? buildRoot : copy);
			if (root.equals(copy)) {
				result.put(NOTE, "the build machine's workspace " + buildRoot + " is not here: the tests run in the"
						+ " archive's copy of it, which has no sources (--workspace-remap DIR names a checkout)");
			}
			project(manifest, target, root).write(Path.of(projectFile));
			Path durations = target.resolve(ArchiveManifest.DURATIONS_FILE);
			if (Files.isRegularFile(durations)) {
				result.put(DURATIONS, durations.toString());
			}
			result.put(WORKSPACE, root.toString());
			return result;
		}
		catch (IOException | RuntimeException e) {
			if (temporary) {
				SafeExtractor.deleteTree(target);
			}
			throw e;
		}
	}

	/** The project in {@code manifest}, its archived files in {@code extracted}, its workspace at {@code root}. */
	static ProjectModel project(ArchiveManifest manifest, Path extracted, Path root) throws IOException {
		Map<String, String> paths = new HashMap<>();
		manifest.origins().forEach((name, origin) -> paths.put(origin, extracted.resolve(name).toString()));
		paths.put(manifest.workspaceRoot(), root.toString());
		PathRemap remap = new PathRemap(paths);
		Path copy = extracted.resolve(ArchiveLayout.WORKSPACE);
		List<ProjectModel.Module> modules = new ArrayList<>();
		for (ArchiveManifest.Module module : manifest.modules()) {
			Path directory = root.resolve(module.workingDirectory());
			if (!Files.isDirectory(directory)) {
				// A checkout without the module's folder: its compiled copy is the nearest thing.
				directory = copy.resolve(module.workingDirectory());
				Files.createDirectories(directory);
			}
			// A class path root is a class path entry: extracted where the entry is.
			List<String> selectors = module.selectors().map(list -> list.stream().map(s -> SelectorText.mapPath(s,
					name -> extracted.resolve(name).toString())).toList()).orElse(null);
			modules.add(new ProjectModel.Module(module.name(), directory.toString(),
					module.classPath().stream().map(e -> extracted.resolve(e).toString()).toList(),
					module.testClasses().map(t -> extracted.resolve(t).toString()).orElse(null),
					module.testSources().stream().map(s -> root.resolve(s).toString()).toList(),
					remap.apply(module.jvmOptions()), remap.apply(module.environment()),
					remap.apply(module.configuration()), module.includes(), module.excludes(),
					module.groups().orElse(null), module.excludedGroups().orElse(null), null, selectors));
		}
		ArchiveManifest.Selection selection = manifest.selection();
		return new ProjectModel(root.toString(), modules,
				manifest.platformExtras().stream().map(e -> extracted.resolve(e).toString()).toList(),
				new ProjectModel.Selection(selection.filter().orElse(null), selection.includeTags(),
						selection.excludeTags(), selection.includeClassNames(), selection.excludeClassNames()));
	}
}
