package dev.solo.launcher.project;

import static org.apiguardian.api.API.Status.INTERNAL;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import dev.solo.engine.module.ModuleSelector;
import dev.solo.launcher.boot.BootFacts;
import dev.solo.launcher.maven.ProjectModel;
import dev.solo.launcher.maven.SelectorText;
import dev.solo.launcher.maven.SurefireScan;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.core.LauncherFactory;

import org.apiguardian.api.API;

/**
 * The modules of a run, as the Solo engine takes them: a Maven project's modules (which the
 * boot learned from Maven), or the one class path given with {@code -cp}. One per command line.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProjectModules {
	/**
	 * The name of the one module of a class-path run, or of a project of one module: none, so its
	 * tests keep the ids any host gives them.
	 */
	static final String CLASS_PATH_MODULE = "";

	private final BootFacts boot;

	/** The project, once read: only the commands that read tests ask for it. */
	private Optional<ProjectModel> project;

	public ProjectModules(BootFacts boot) {
		this.boot = boot;
	}

	public BootFacts boot() {
		return boot;
	}

	/** The Maven project the boot read, when the tests come from one. */
	public synchronized Optional<ProjectModel> project() {
		if (project == null) {
			project = boot.projectFile().map(ProjectModules::read);
		}
		return project;
	}

	private static ProjectModel read(Path file) {
		try {
			return ProjectModel.read(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read what Maven reported (" + file + "): " + e.getMessage(), e);
		}
	}

	List<ModuleSelector> of(Selection selection) {
		Optional<ProjectModel> project = project();
		if (project.isPresent()) {
			// A project of one module is no multi-module run: its tests need no module in their names.
			boolean single = project.get().modules().size() == 1;
			return project.get().modules().stream().filter(m -> m.skipReason().isEmpty())
					.map(m -> moduleSelector(m, single ? CLASS_PATH_MODULE : m.name())).flatMap(Optional::stream).toList();
		}
		return List.of(classPathModule(selection));
	}

	/**
	 * The source file of a test class of {@code module} ({@code ""}: the one module of a
	 * one-module project), found in the module's test source folders: empty in a class-path
	 * run, or when it is not there (a generated class, a test of another language's folder).
	 */
	public Optional<Path> sourceFile(String module, String className) {
		Optional<ProjectModel> project = project();
		if (project.isEmpty() || className.isEmpty()) {
			return Optional.empty();
		}
		List<ProjectModel.Module> modules = project.get().modules();
		Optional<ProjectModel.Module> owner = module.isEmpty() && modules.size() == 1 ? Optional.of(modules.get(0))
				: modules.stream().filter(m -> m.name().equals(module)).findFirst();
		String outer = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
		String base = outer.replace('.', '/');
		return owner.stream().flatMap(m -> m.testSources().stream())
				.flatMap(root -> SOURCE_SUFFIXES.stream().map(suffix -> Path.of(root, base + suffix)))
				.filter(Files::isRegularFile).findFirst();
	}

	private static final List<String> SOURCE_SUFFIXES = List.of(".java", ".kt", ".groovy", ".scala");

	/** The modules whose tests do not run, and why: said once, so that none goes missing unexplained. */
	List<String> skipped() {
		return project().map(p -> p.modules().stream().filter(m -> m.skipReason().isPresent())
				.map(m -> m.name() + " (" + m.skipReason().get() + ")").toList()).orElse(List.of());
	}

	/**
	 * What the engine runs of {@code module}: its own selectors when it has them (a class path's,
	 * archived or not), else its test classes as Surefire would scan and select them.
	 */
	private static Optional<ModuleSelector> moduleSelector(ProjectModel.Module module, String name) {
		List<PostDiscoveryFilter> tags = new ArrayList<>();
		Optional.ofNullable(module.groups()).ifPresent(g -> tags.add(TagFilter.includeTags(g)));
		Optional.ofNullable(module.excludedGroups()).ifPresent(g -> tags.add(TagFilter.excludeTags(g)));
		List<Path> classPath = module.classPath().stream().map(Path::of).toList();
		if (module.explicitSelectors().isPresent()) {
			// A class path has no Surefire patterns: what it selects is all of its selection.
			return Optional.of(new ModuleSelector(name, Path.of(module.directory()), classPath,
					discoverySelectors(module.explicitSelectors().get()), List.of(), tags, module.jvmArgs(),
					module.environment(), module.configuration()));
		}
		Path testClasses = Path.of(module.testClasses());
		if (!Files.isDirectory(testClasses)) {
			return Optional.empty();
		}
		// As Surefire's JUnit Platform provider: its classes one by one, not the folder they are in.
		List<DiscoverySelector> classes = SurefireScan.classNames(testClasses, module.includes(), module.excludes())
				.stream().<DiscoverySelector>map(DiscoverySelectors::selectClass).toList();
		return Optional.of(new ModuleSelector(name, Path.of(module.directory()), classPath, classes, List.of(), tags,
				module.jvmArgs(), module.environment(), module.configuration()));
	}

	private static List<DiscoverySelector> discoverySelectors(List<String> selectors) {
		List<DiscoverySelector> discovery = new ArrayList<>();
		for (String selector : selectors) {
			String value = SelectorText.value(selector);
			switch (SelectorText.kind(selector)) {
				// selectClasspathRoots leaves out a root that does not exist, as it did for every -cp run
				case SelectorText.CLASSPATH_ROOT -> discovery.addAll(selectClasspathRoots(Set.of(Path.of(value))));
				case SelectorText.CLASS -> discovery.add(selectClass(value));
				case SelectorText.METHOD -> discovery.add(selectMethod(value));
				case SelectorText.PACKAGE -> discovery.add(selectPackage(value));
				default -> throw new IllegalStateException(selector);
			}
		}
		return discovery;
	}

	/**
	 * The class path of {@code -cp}, as the one module of a project: what a class-path run runs,
	 * and what {@code solo archive -cp} archives, so that both select alike. Under the boot the
	 * class path is the whole test class path; run in-process (the command's own tests), the
	 * JVM's class path comes after it, as console-standalone's does. The root is the folder solo
	 * was started in; the launcher, when the boot took it from the local Maven repository rather
	 * than from {@code -cp}, is a Platform extra, as an archive must carry it where there is none.
	 */
	public ProjectModel classPathProject(Selection selection) {
		Set<Path> classPath = classPath(selection);
		String directory = boot.directory().toString();
		ProjectModel.Module module = new ProjectModel.Module(CLASS_PATH_MODULE, directory,
				classPath.stream().map(Path::toString).toList(), null, List.of(), List.of(), Map.of(), Map.of(),
				List.of(), List.of(), null, null, null, selection.selectors());
		List<String> extras = launcherJar().filter(jar -> classPath.stream().map(Path::normalize).noneMatch(jar::equals))
				.map(Path::toString).stream().toList();
		return new ProjectModel(directory, List.of(module), extras);
	}

	/** The class path of a class-path run: {@code -cp}, and in-process the JVM's after it. */
	public Set<Path> classPath(Selection selection) {
		Set<Path> classPath = new LinkedHashSet<>(selection.roots());
		if (!boot.booted()) {
			for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
				if (!entry.isEmpty()) {
					classPath.add(Paths.get(entry).toAbsolutePath());
				}
			}
		}
		return classPath;
	}

	private ModuleSelector classPathModule(Selection selection) {
		return moduleSelector(classPathProject(selection).modules().get(0), CLASS_PATH_MODULE).orElseThrow();
	}

	/** The jar the Platform's launcher was loaded from, when it is a jar. */
	private static Optional<Path> launcherJar() {
		try {
			CodeSource source = LauncherFactory.class.getProtectionDomain().getCodeSource();
			if (source == null) {
				return Optional.empty();
			}
			Path jar = Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
			return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
		}
		catch (URISyntaxException | IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
