package dev.solo.launcher.boot;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.launcher.maven.MavenBuild;
import dev.solo.launcher.maven.ProjectModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apiguardian.api.API;

/**
 * {@code java -jar solo.jar}: finds the project's tests and its JUnit Platform, then runs the
 * command in a class loader where that Platform, and no other, is the one every class sees.
 * solo.jar bundles no JUnit (IntelliJ works the same way), so a project on JUnit 5.10 and one
 * on 6.x each get their own.
 *
 * <p>Loaders: {@code platform} holds the project's Platform jars and Solo's engine; the
 * command's classes (picocli, the reporters) sit in a child of it, so the tests' own
 * discovery, in one loader per module under {@code platform}, never sees them.
 */
@API(status = INTERNAL, since = "0.1")
public final class Boot {
	private static final int SETUP_ERROR = 96;
	private static final int TEST_LIST_CREATION_FAILED = 104;

	private Boot() {
	}

	public static void main(String[] args) {
		System.exit(run(args));
	}

	static int run(String[] args) {
		BootArguments arguments = BootArguments.scan(args);
		Optional<Path> extracted = Optional.empty();
		BootFacts learned = BootFacts.start();
		try {
			Set<Path> projectClassPath = new LinkedHashSet<>();
			List<Path> extra = new ArrayList<>();
			if (arguments.readsTests() && arguments.archiveFile().isEmpty()
					&& (arguments.extractTo().isPresent() || arguments.workspaceRemap().isPresent())) {
				System.err.println("error: --extract-to and --workspace-remap are for a run of an archive: give --archive-file");
				return SETUP_ERROR;
			}
			if (arguments.runsArchive()) {
				if (!arguments.classPath().isEmpty() || arguments.maven().isPresent()) {
					System.err.println("error: --archive-file holds the tests: give no -cp or --maven with it");
					return SETUP_ERROR;
				}
				Path file = Files.createTempFile("solo-project-", ".json");
				file.toFile().deleteOnExit();
				Map<String, String> opened = ArchiveOpening.open(arguments, file, selfJar());
				if (arguments.extractTo().isEmpty()) {
					extracted = Optional.of(Path.of(opened.get("extracted")));
				}
				Optional.ofNullable(opened.get("note")).ifPresent(n -> System.err.println("    note: " + n));
				// Reports go where solo was started, not into a temporary extraction.
				learned = learned.withArchive(Path.of("").toAbsolutePath(),
						Optional.ofNullable(opened.get("durations")).map(Path::of));
				Path workspace = Path.of(opened.get("workspace"));
				Optional<Integer> failed = useProject(ProjectModel.read(file), arguments, projectClassPath, extra);
				if (failed.isPresent()) {
					return failed.get();
				}
				learned = learned.withProjectFile(file).withWorkingDirectory(workspace);
			}
			else if (!arguments.classPath().isEmpty()) {
				arguments.classPath().forEach(e -> projectClassPath.add(Path.of(e).toAbsolutePath()));
			}
			else if (arguments.readsTests()) {
				Path dir = arguments.maven().orElse(Path.of("").toAbsolutePath());
				if (!Files.isRegularFile(dir.resolve("pom.xml"))) {
					System.err.println("error: no tests to read: " + (arguments.maven().isPresent()
							? dir + " has no pom.xml" : "give a class path (-cp) or run inside a Maven project"));
					return SETUP_ERROR;
				}
				ProjectModel project = MavenBuild.read(dir, arguments.mavenArgs(), selfJar());
				Path file = Files.createTempFile("solo-project-", ".json");
				file.toFile().deleteOnExit();
				project.write(file);
				Optional<Integer> failed = useProject(project, arguments, projectClassPath, extra);
				if (failed.isPresent()) {
					return failed.get();
				}
				learned = learned.withProjectFile(file).withWorkingDirectory(dir);
			}
			else if (arguments.readsRecords()) {
				projectClassPath.addAll(PlatformJars.newestInLocalRepository());
			}
			return runCommand(args, arguments, PlatformJars.in(projectClassPath).with(extra), learned);
		}
		catch (MavenBuild.BuildFailed e) {
			System.err.print(e.output().endsWith("\n") || e.output().isEmpty() ? e.output() : e.output() + "\n");
			System.err.println("error: " + e.getMessage());
			return TEST_LIST_CREATION_FAILED;
		}
		catch (ArchiveOpening.Refused e) {
			System.err.println("error: " + e.getMessage());
			return TEST_LIST_CREATION_FAILED;
		}
		catch (IOException | RuntimeException e) {
			System.err.println("error: " + e.getMessage());
			return SETUP_ERROR;
		}
		finally {
			extracted.ifPresent(Boot::deleteQuietly);
		}
	}

	/**
	 * Takes {@code project}'s runnable modules' class paths for the Platform; an exit code when
	 * there is nothing to run it on.
	 */
	private static Optional<Integer> useProject(ProjectModel project, BootArguments arguments,
			Set<Path> projectClassPath, List<Path> extra) {
		Optional<ProjectModel.Module> stranded = project.stranded();
		if (stranded.isPresent()) {
			System.err.println("error: module " + stranded.get().name() + " has test classes but "
					+ ProjectModel.NO_JUNIT + ": add JUnit (junit-jupiter, or junit-vintage-engine for JUnit 4), "
					+ "or skip its tests (skipTests)");
			return Optional.of(TEST_LIST_CREATION_FAILED);
		}
		project.notices().forEach(notice -> System.err.println("warning: " + notice));
		List<ProjectModel.Module> runnable = project.modules().stream().filter(m -> m.skipReason().isEmpty())
				.toList();
		if (runnable.isEmpty()) {
			// Nothing to load a Platform for: said here, as the command would say it.
			project.modules().forEach(m -> System.err.println("    note: module " + m.name() + " ("
					+ m.skipReason().orElse("") + "): its tests do not run"));
			return Optional.of(NoTests.exitCode(arguments.noTests(), arguments.command().orElse("run")));
		}
		onRunPlatform(runnable).forEach(m -> m.classPath().forEach(e -> projectClassPath.add(Path.of(e))));
		project.platformExtras().forEach(e -> extra.add(Path.of(e)));
		return Optional.empty();
	}

	private static int runCommand(String[] args, BootArguments arguments, PlatformJars found, BootFacts learned) {
		PlatformJars platform = found;
		if (arguments.readsTests()) {
			Optional<String> problem = problem(platform);
			if (problem.isPresent()) {
				System.err.println("error: " + problem.get());
				return SETUP_ERROR;
			}
			if (!platform.hasLauncher()) {
				platform = platform.with(platform.launcherInLocalRepository().stream().toList());
			}
			if (!platform.hasLauncher()) {
				System.err.println("error: the test class path has no junit-platform-launcher " + platform.version()
						.orElse("") + ": add org.junit.platform:junit-platform-launcher to it (-cp)");
				return SETUP_ERROR;
			}
		}
		return runCommand(args, platform.jars(), learned);
	}

	/** Deletes a temporary extraction: it holds no link that leads out (extraction writes none). */
	private static void deleteQuietly(Path root) {
		try (Stream<Path> walk = Files.walk(root)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException | UncheckedIOException e) {
			// a temporary folder left behind is harmless
		}
	}

	/**
	 * The modules whose JUnit Platform the run is on: the first module's (the one Maven resolved
	 * the launcher and Vintage for). A module on another version is discovered on its own by the
	 * engine, and its tests run on it; its jars must not mix into the run's Platform.
	 */
	private static List<ProjectModel.Module> onRunPlatform(List<ProjectModel.Module> runnable) {
		Map<ProjectModel.Module, Optional<String>> versions = new LinkedHashMap<>();
		runnable.forEach(m -> versions.put(m, PlatformJars.in(m.classPath().stream().map(Path::of).toList()).version()));
		Optional<String> run = versions.values().stream().flatMap(Optional::stream).findFirst();
		return runnable.stream().filter(m -> versions.get(m).isEmpty() || versions.get(m).equals(run)).toList();
	}

	private static Optional<String> problem(PlatformJars platform) {
		if (!platform.hasEngineApi()) {
			return Optional.of("the test class path has no JUnit Platform (junit-platform-engine): Solo runs the "
					+ "project's own JUnit 5.10+ or 6.x; add its jars to -cp");
		}
		return Optional.empty();
	}

	private static int runCommand(String[] args, List<Path> platformJars, BootFacts learned) {
		List<URL> platform = new ArrayList<>();
		try {
			for (Path jar : platformJars) {
				platform.add(jar.toUri().toURL());
			}
			platform.add(NestedJars.engine().toUri().toURL());
			URL self = selfJar().toUri().toURL();
			URLClassLoader platformLoader = new URLClassLoader("solo-platform", platform.toArray(new URL[0]),
					ClassLoader.getPlatformClassLoader());
			URLClassLoader commandLoader = new URLClassLoader("solo-command", new URL[] { self }, platformLoader);
			Thread.currentThread().setContextClassLoader(commandLoader);
			// What the boot learned goes as an argument, as text: the command's BootFacts is another class.
			Object code = Class.forName("dev.solo.launcher.SoloMain", true, commandLoader)
					.getMethod("execute", String[].class, Map.class).invoke(null, args, learned.asText());
			return (Integer) code;
		}
		catch (InvocationTargetException e) {
			e.getCause().printStackTrace();
			return 1;
		}
		catch (ReflectiveOperationException | MalformedURLException e) {
			System.err.println("error: solo.jar is incomplete: " + e);
			return 1;
		}
	}

	/** solo.jar itself. */
	private static Path selfJar() {
		try {
			return Path.of(Boot.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}
}
