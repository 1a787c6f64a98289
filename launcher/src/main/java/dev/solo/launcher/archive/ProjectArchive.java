package dev.solo.launcher.archive;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.launcher.maven.ProjectModel;
import dev.solo.launcher.maven.SelectorText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apiguardian.api.API;

/**
 * {@code solo archive}: a project's runnable modules, as Maven reported them (or the one module of
 * a {@code -cp} class path, with its selectors), into one archive with
 * its manifest. Each class path root is stored once however many modules share it; a jar named by
 * a JVM option ({@code -javaagent:}) is stored too, as the tests cannot start without it. Source
 * code is not stored: the target machine has a checkout, or tests that do not need one.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProjectArchive {
	/** Where {@code .config/solo.toml} is kept, under the archived workspace. */
	static final String CONFIG = ".config/solo.toml";
	/** An absolute path in a JVM option's text: after a start, {@code :}, {@code =} or a quote. */
	private static final Pattern ABSOLUTE_PATH = Pattern.compile("(?:^|(?<=[:=\"',]))(/[^:;,=\"'\\s]+)");

	/** What was written, for the command's closing line. */
	public record Written(int modules, int tests, int files, long bytes) {
	}

	private final ProjectModel project;
	private final ArchiveLayout layout;
	private final Map<String, String> origins = new TreeMap<>();
	private final ArchiveWriter writer;

	private ProjectArchive(ProjectModel project, ArchiveWriter writer) {
		this.project = project;
		this.layout = new ArchiveLayout(Path.of(project.root()));
		this.writer = writer;
	}

	/**
	 * Writes {@code target}.
	 *
	 * @param tests     the unique ids of each module's tests, by module name, as listed now
	 * @param durations a durations file to ship (for {@code duration:} shards), if there is one
	 * @throws IOException for a file that cannot be read or an archive that cannot be written
	 */
	public static Written write(ProjectModel project, Map<String, List<String>> tests,
			ArchiveManifest.Selection selection, Optional<Path> durations, Path target, int level) throws IOException {
		ArchiveWriter writer = ArchiveWriter.to(target, level);
		return new ProjectArchive(project, writer).write(tests, selection, durations, target);
	}

	private Written write(Map<String, List<String>> tests, ArchiveManifest.Selection selection,
			Optional<Path> durations, Path target) throws IOException {
		List<ArchiveManifest.Module> modules = new ArrayList<>();
		for (ProjectModel.Module module : project.modules()) {
			if (module.skipReason().isEmpty()) {
				modules.add(module(module, tests.getOrDefault(module.name(), List.of())));
			}
		}
		List<String> extras = new ArrayList<>();
		for (String extra : project.platformExtras()) {
			extras.add(store(Path.of(extra)));
		}
		Path config = Path.of(project.root(), CONFIG);
		if (Files.isRegularFile(config)) {
			writer.add(EntryName.join(ArchiveLayout.WORKSPACE, CONFIG), config);
			for (Path file : WorkspaceFiles.of(Path.of(project.root()))) {
				String name = EntryName.file(file.toString().replace(java.io.File.separatorChar, '/'));
				if (!name.equals(CONFIG)) {
					writer.add(EntryName.join(ArchiveLayout.WORKSPACE, name), Path.of(project.root()).resolve(file));
				}
			}
		}
		if (durations.isPresent()) {
			writer.add(ArchiveManifest.DURATIONS_FILE, durations.get());
		}
		ArchiveManifest manifest = new ArchiveManifest(soloVersion(), System.getProperty("java.version"),
				project.root(), origins, extras, selection, modules);
		writer.addBytes(ArchiveManifest.FILE_NAME, manifest.toJson());
		writer.write();
		int testCount = modules.stream().mapToInt(m -> m.tests().size()).sum();
		return new Written(modules.size(), testCount, origins.size(), Files.size(target));
	}

	private ArchiveManifest.Module module(ProjectModel.Module module, List<String> tests) throws IOException {
		List<String> classPath = new ArrayList<>();
		for (String entry : module.classPath()) {
			Path path = Path.of(entry);
			// Maven lists a module's output folders even when nothing was compiled into them.
			if (Files.exists(path)) {
				classPath.add(store(path));
			}
		}
		for (String option : module.jvmArgs()) {
			Matcher paths = ABSOLUTE_PATH.matcher(option);
			while (paths.find()) {
				Path file = Path.of(paths.group(1));
				if (Files.isRegularFile(file) && !layout.isInWorkspace(file)) {
					store(file);
				}
			}
		}
		List<String> sources = module.testSources().stream().map(Path::of).filter(layout::isInWorkspace)
				.map(layout::inWorkspace).toList();
		Optional<List<String>> selectors = Optional.empty();
		if (module.explicitSelectors().isPresent()) {
			selectors = Optional.of(selectors(module.explicitSelectors().get()));
		}
		return new ArchiveManifest.Module(module.name(), layout.inWorkspace(Path.of(module.directory())), classPath,
				Optional.ofNullable(module.testClasses()).map(t -> layout.nameOf(Path.of(t))), sources,
				module.jvmArgs(), module.environment(), module.configuration(), module.includes(), module.excludes(),
				Optional.ofNullable(module.groups()), Optional.ofNullable(module.excludedGroups()), tests, selectors);
	}

	/**
	 * A class path's selectors with each root by its archive path, stored (a {@code --scan-jar} jar
	 * need not be on the class path); a root that does not exist is left out, as discovery leaves it.
	 */
	private List<String> selectors(List<String> selectors) throws IOException {
		List<String> archived = new ArrayList<>();
		for (String selector : selectors) {
			if (!SelectorText.kind(selector).equals(SelectorText.CLASSPATH_ROOT)) {
				archived.add(selector);
				continue;
			}
			Path root = Path.of(SelectorText.value(selector));
			if (Files.exists(root)) {
				archived.add(SelectorText.of(SelectorText.CLASSPATH_ROOT, store(root)));
			}
		}
		return archived;
	}

	/** Adds a file or folder once, and gives its archive path. */
	private String store(Path path) throws IOException {
		String name = layout.nameOf(path);
		if (!origins.containsKey(name)) {
			if (Files.isDirectory(path)) {
				writer.addDirectory(name, path);
			}
			else {
				writer.add(name, path);
			}
			origins.put(name, path.toAbsolutePath().normalize().toString());
		}
		return name;
	}

	private static String soloVersion() {
		return Optional.ofNullable(ProjectArchive.class.getPackage().getImplementationVersion()).orElse("dev");
	}
}
