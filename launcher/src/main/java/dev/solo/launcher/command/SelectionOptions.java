package dev.solo.launcher.command;

import dev.solo.engine.config.Settings;
import dev.solo.engine.filter.FiltersetException;
import dev.solo.launcher.ExitCodes;
import dev.solo.launcher.maven.ProjectModel;
import dev.solo.launcher.maven.SelectorText;
import dev.solo.launcher.project.ProjectModules;
import dev.solo.launcher.project.Selection;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.platform.engine.DiscoveryFilter;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TagFilter;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code run} and {@code list} both select: the class path, the selectors, the settings
 * and the filters. One mixin, so that {@code solo list} lists exactly what {@code solo run}
 * with the same arguments would run.
 */
final class SelectionOptions implements Selection {
	private final ProjectModules modules;

	@Mixin
	ConsoleOnlyOptions consoleOnly = new ConsoleOnlyOptions();

	@Option(names = { "-cp", "--class-path", "--classpath" }, split = "[:;]", paramLabel = "PATH",
			description = "Test class path entries (folders and jars).")
	List<String> classPath = new ArrayList<>();

	@Option(names = "--maven", paramLabel = "DIR",
			description = "A Maven project (the default inside one): its tests compiled once, every module run in one schedule.")
	Path maven;

	// Maven's arguments look like options (-o, -P ci, -f pom.xml), some of them like Solo's own: the
	// next word is Maven's whatever it looks like, as --maven-arg -o always meant.
	@Option(names = "--maven-arg", paramLabel = "ARG", parameterConsumer = MavenArgument.class,
			description = "An argument for Maven when it compiles the tests (repeatable).")
	List<String> mavenArgs = new ArrayList<>();

	/** Takes the word after {@code --maven-arg} as it is, even where it names an option of Solo's. */
	static final class MavenArgument implements CommandLine.IParameterConsumer {
		@Override
		public void consumeParameters(java.util.Stack<String> args, CommandLine.Model.ArgSpec argSpec,
				CommandLine.Model.CommandSpec commandSpec) {
			if (args.isEmpty()) {
				throw new CommandLine.ParameterException(commandSpec.commandLine(),
						"Missing required parameter for option '--maven-arg' (ARG)");
			}
			List<String> values = argSpec.getValue();
			values.add(args.pop());
		}
	}

	// console-standalone's syntax: without a value the class path's folders, with one (repeatable,
	// a path list) just those roots; picocli leaves the list null when the option is not given.
	@Option(names = { "--scan-class-path", "--scan-classpath" }, arity = "0..1", fallbackValue = "", split = "[:;]",
			paramLabel = "PATH", description = "Discover every test in the class path's folders (jars are libraries: "
					+ "name one with --select-class or --scan-jar to read its tests), or with PATH in those class path "
					+ "roots only (folders or jars; repeatable).")
	List<String> scanRoots;

	@Option(names = "--scan-jar", paramLabel = "JAR", description = "A jar on the class path whose tests to discover too.")
	List<Path> scanJars = new ArrayList<>();

	// arity 1..*, as console-standalone's selectors: "-c A B" selects both; a name filter after one goes after --.
	@Option(names = { "-c", "--select-class" }, arity = "1..*", paramLabel = "CLASS",
			description = "Select a test class (repeatable).")
	List<String> classes = new ArrayList<>();

	@Option(names = { "-m", "--select-method" }, arity = "1..*", paramLabel = "METHOD",
			description = "Select a method: com.example.FooTest#bar (repeatable).")
	List<String> methods = new ArrayList<>();

	@Option(names = { "-p", "--select-package" }, arity = "1..*", paramLabel = "PACKAGE",
			description = "Select a package (repeatable).")
	List<String> packages = new ArrayList<>();

	@Option(names = "--include-package", paramLabel = "PKG", description = "Only tests in this package or below (repeatable).")
	List<String> includePackages = new ArrayList<>();

	@Option(names = "--exclude-package", paramLabel = "PKG", description = "No test in this package or below (repeatable).")
	List<String> excludePackages = new ArrayList<>();

	@Option(names = { "-e", "--include-engine" }, paramLabel = "ID", description = "Only the tests of this engine (repeatable).")
	List<String> includeEngines = new ArrayList<>();

	// console-standalone's -E: here -E is nextest's --filterset, so only the long name.
	@Option(names = "--exclude-engine", paramLabel = "ID", description = "No test of this engine (repeatable).")
	List<String> excludeEngines = new ArrayList<>();

	@Option(names = { "-t", "--include-tag" }, paramLabel = "TAG",
			description = "Only tests with this tag (a JUnit tag expression; repeatable, any may match).")
	List<String> includeTags = new ArrayList<>();

	@Option(names = { "-T", "--exclude-tag" }, paramLabel = "TAG", description = "No test with this tag (a tag expression).")
	List<String> excludeTags = new ArrayList<>();

	@Option(names = { "-n", "--include-classname" }, paramLabel = "REGEX",
			description = "Only classes whose fully qualified name matches (repeatable). A class path run's default, as "
					+ "console-standalone's: names that start with Test or end with Test or Tests, and the classes selected.")
	List<String> includeClassNames = new ArrayList<>();

	@Option(names = { "-N", "--exclude-classname" }, paramLabel = "REGEX",
			description = "No class whose fully qualified name matches (repeatable).")
	List<String> excludeClassNames = new ArrayList<>();

	@Option(names = { "-P", "--profile" }, paramLabel = "NAME", description = "Configuration profile.")
	String profile;

	@Option(names = "--config", paramLabel = "KEY=VALUE", description = "A JUnit configuration parameter.")
	Map<String, String> config = new LinkedHashMap<>();

	@Option(names = { "-E", "--filterset" }, paramLabel = "EXPR",
			description = "Select the tests this filterset matches (repeatable; a test matching any is selected).")
	List<String> filtersets = new ArrayList<>();

	@Parameters(paramLabel = "FILTER", description = "Select the tests whose name contains one of these.")
	List<String> nameFilters = new ArrayList<>();

	@Option(names = "--partition", paramLabel = "KIND:M/N", description = "One shard: hash:m/n, count:m/n, slice:m/n or duration:m/n (balanced by recorded durations).")
	String partition;

	@Option(names = "--run-ignored", paramLabel = "WHICH", description = "default, only (just @Disabled tests) or all.")
	String runIgnored;

	@Option(names = "--no-tests", paramLabel = "WHAT",
			description = "When no test is selected: fail (exit 4), warn or pass.")
	NoTests noTests = NoTests.FAIL;

	@Option(names = "--fail-if-no-tests", description = "console-standalone's --no-tests fail (exit 4).")
	void failIfNoTests(boolean fail) {
		if (fail) {
			noTests = NoTests.FAIL;
		}
	}

	@Option(names = "--disable-banner", description = "Accepted for console-standalone: Solo prints no banner.")
	boolean disableBanner;

	private final Set<String> warned = new HashSet<>();

	enum NoTests { FAIL, WARN, PASS }

	SelectionOptions(ProjectModules modules) {
		this.modules = modules;
	}

	@Override
	public ProjectModules modules() {
		return modules;
	}

	/** The test class path entries as absolute paths, in order. */
	@Override
	public Set<Path> roots() {
		Set<Path> roots = new LinkedHashSet<>();
		classPath.forEach(entry -> roots.add(Paths.get(entry).toAbsolutePath()));
		return roots;
	}

	/** The configuration parameters of the selection, Solo enabled; a bad {@code -E} throws. */
	Map<String, String> parameters() throws FiltersetException {
		Map<String, String> parameters = new LinkedHashMap<>(config);
		parameters.put("solo.enabled", "true");
		parameters.put("solo.host-output", "false");
		Optional.ofNullable(profile).ifPresent(p -> parameters.put("solo.profile", p));
		Optional.ofNullable(partition).ifPresent(p -> parameters.put("solo.partition", p));
		Optional.ofNullable(runIgnored).ifPresent(r -> parameters.put("solo.run-ignored", r));
		Optional<String> selected = modules.project().isPresent()
				? CliFilter.selections(classes, methods, packages)
				: Optional.empty();
		Optional<String> archived = modules.project().flatMap(ProjectModel::narrowing)
				.map(ProjectModel.Selection::filter);
		Optional<String> narrowed = CliFilter.both(CliFilter.packages(includePackages, excludePackages),
				CliFilter.engines(includeEngines, excludeEngines));
		CliFilter.both(archived, CliFilter.both(CliFilter.both(selected, narrowed),
				CliFilter.expression(nameFilters, filtersets))).ifPresent(f -> parameters.put("solo.filter", f));
		// An archive's durations, which every shard of it must balance by alike; a file given wins.
		modules.boot().durationsFile().ifPresent(d -> parameters.putIfAbsent("solo.durations-file", d.toString()));
		modules.boot().workingDirectory().ifPresent(d -> parameters.put(Settings.WORKING_DIRECTORY, d.toString()));
		return parameters;
	}

	/**
	 * What a class-path run discovers, as {@link SelectorText}: text, so that {@code solo archive -cp}
	 * can keep it in the archive for a run on another machine to discover alike.
	 */
	@Override
	public List<String> selectors() {
		List<String> selectors = new ArrayList<>();
		if (scanRoots != null) {
			scanned().forEach(root -> selectors.add(SelectorText.of(SelectorText.CLASSPATH_ROOT, root.toString())));
		}
		// A Maven project's modules are scanned, and these narrow the scan (see CliFilter.selections).
		if (!modules.project().isPresent()) {
			classes.forEach(c -> selectors.add(SelectorText.of(SelectorText.CLASS, c)));
			methods.forEach(m -> selectors.add(SelectorText.of(SelectorText.METHOD, m)));
			packages.forEach(p -> selectors.add(SelectorText.of(SelectorText.PACKAGE, p)));
		}
		return selectors;
	}

	/** Whether {@code --scan-class-path} was given, with roots or without. */
	boolean scansClassPath() {
		return scanRoots != null;
	}

	/**
	 * What {@code --scan-class-path} scans: without roots the class path's folders (as Surefire scans
	 * target/test-classes: a library jar's classes are not tests, and an engine reading them, Vintage
	 * or a Kotlin jar without Kotlin, fails the list), with roots those on the class path, then
	 * {@code --scan-jar}'s jars. A root that is not is left out, as console-standalone leaves it, and said.
	 */
	private Set<Path> scanned() {
		Set<Path> scanned = new LinkedHashSet<>();
		List<String> explicit = scanRoots.stream().filter(r -> !r.isEmpty()).toList();
		if (explicit.isEmpty()) {
			roots().stream().filter(Files::isDirectory).forEach(scanned::add);
			if (classPath.isEmpty() && !modules.boot().booted()) {
				// In-process, with no -cp (the command's own tests): the JVM's class path, as before.
				for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
					scanned.add(Paths.get(entry));
				}
			}
		}
		else {
			Set<Path> onClassPath = new LinkedHashSet<>();
			modules.classPath(this).forEach(p -> onClassPath.add(p.toAbsolutePath().normalize()));
			for (String root : explicit) {
				Path path = Paths.get(root).toAbsolutePath().normalize();
				if (!Files.exists(path)) {
					warnOnce("warning: --scan-class-path " + root + ": no such folder or jar, not scanned");
				}
				else if (!onClassPath.contains(path)) {
					warnOnce("warning: --scan-class-path " + root + ": not on the class path (-cp), not scanned");
				}
				else {
					scanned.add(path);
				}
			}
		}
		scanJars.forEach(jar -> scanned.add(jar.toAbsolutePath()));
		return scanned;
	}

	/** Said once a command, however often the command asks for the selectors. */
	private void warnOnce(String warning) {
		if (warned.add(warning)) {
			System.err.println(warning);
		}
	}

	/**
	 * The {@code --include-classname} patterns in effect: those given, else in a class path run
	 * console-standalone's default and the classes {@code --select-class} and {@code --select-method} name.
	 */
	List<String> includeClassNamePatterns() {
		if (!includeClassNames.isEmpty() || modules.project().isPresent()) {
			return includeClassNames;
		}
		List<String> patterns = new ArrayList<>();
		patterns.add(ClassNameFilter.STANDARD_INCLUDE_PATTERN);
		classes.forEach(c -> patterns.add(Pattern.quote(c)));
		methods.stream().filter(m -> m.contains("#")).forEach(m -> patterns.add(Pattern.quote(m.substring(0, m.indexOf('#')))));
		return patterns;
	}

	/** {@code --include-tag}, {@code --exclude-tag}: applied to the discovered tests, as console-standalone does. */
	@Override
	public List<PostDiscoveryFilter> tagFilters() {
		List<PostDiscoveryFilter> filters = new ArrayList<>();
		Optional<ProjectModel.Selection> archived = modules.project().flatMap(ProjectModel::narrowing);
		archived.filter(a -> !a.includeTags().isEmpty()).ifPresent(a -> filters.add(TagFilter.includeTags(a.includeTags())));
		archived.filter(a -> !a.excludeTags().isEmpty()).ifPresent(a -> filters.add(TagFilter.excludeTags(a.excludeTags())));
		if (!includeTags.isEmpty()) {
			filters.add(TagFilter.includeTags(includeTags));
		}
		if (!excludeTags.isEmpty()) {
			filters.add(TagFilter.excludeTags(excludeTags));
		}
		return filters;
	}

	/** {@code --include-classname}, {@code --exclude-classname}: every engine applies them while it discovers. */
	@Override
	public List<DiscoveryFilter<?>> classNameFilters() {
		List<DiscoveryFilter<?>> filters = new ArrayList<>();
		Optional<ProjectModel.Selection> archived = modules.project().flatMap(ProjectModel::narrowing);
		archived.filter(a -> !a.includeClassNames().isEmpty()).ifPresent(a -> filters.add(
				ClassNameFilter.includeClassNamePatterns(a.includeClassNames().toArray(new String[0]))));
		archived.filter(a -> !a.excludeClassNames().isEmpty()).ifPresent(a -> filters.add(
				ClassNameFilter.excludeClassNamePatterns(a.excludeClassNames().toArray(new String[0]))));
		List<String> included = includeClassNamePatterns();
		if (!included.isEmpty()) {
			filters.add(ClassNameFilter.includeClassNamePatterns(included.toArray(new String[0])));
		}
		if (!excludeClassNames.isEmpty()) {
			filters.add(ClassNameFilter.excludeClassNamePatterns(excludeClassNames.toArray(new String[0])));
		}
		return filters;
	}

	/** {@code --config KEY=VALUE}: the settings given by name rather than by a flag of their own. */
	@Override
	public boolean configured(String key) {
		return config.containsKey(key);
	}

	/** What {@code --no-tests} makes of an empty selection: the exit code, after the message it asks for. */
	@Override
	public int whenEmpty(String what) {
		switch (noTests) {
			case FAIL -> {
				System.err.println("error: no tests to " + what);
				return ExitCodes.NO_TESTS_RUN;
			}
			case WARN -> System.err.println("warning: no tests to " + what);
			case PASS -> { }
		}
		return ExitCodes.OK;
	}
}
