package dev.solo.launcher.maven.extension;

import dev.solo.launcher.maven.ProjectModel;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The Surefire configuration of one module (its {@code default-test} execution over the
 * plugin's own), as far as it shapes a test JVM: {@code argLine}, system properties,
 * environment, working directory, includes and excludes, configuration parameters, skipping,
 * and its class path settings.
 * Maven has interpolated {@code ${…}} already; Surefire's late {@code @{…}} is done here.
 */
final class SurefireSettings {
	private static final String SUREFIRE = "org.apache.maven.plugins:maven-surefire-plugin";
	/** Surefire's own defaults. */
	private static final List<String> DEFAULT_INCLUDES = List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java",
			"**/*TestCase.java");
	private static final List<String> DEFAULT_EXCLUDES = List.of("**/*$*");
	private static final Pattern LATE = Pattern.compile("@\\{([^}]+)}");

	private final MavenProject project;
	private final Map<String, String> properties;
	private final Xpp3Dom config;

	private SurefireSettings(MavenProject project, Map<String, String> properties, Xpp3Dom config) {
		this.project = project;
		this.properties = properties;
		this.config = config;
	}

	static SurefireSettings of(MavenProject project, MavenSession session) {
		Xpp3Dom config = new Xpp3Dom("configuration");
		Plugin plugin = project.getPlugin(SUREFIRE);
		if (plugin != null) {
			if (plugin.getConfiguration() instanceof Xpp3Dom own) {
				config = own;
			}
			PluginExecution execution = plugin.getExecutionsAsMap().get("default-test");
			if (execution != null && execution.getConfiguration() instanceof Xpp3Dom specific) {
				config = Xpp3Dom.mergeXpp3Dom(new Xpp3Dom(specific), new Xpp3Dom(config));
			}
		}
		return new SurefireSettings(project, ProjectReporter.properties(project, session), config);
	}

	ProjectModel.Module module(String name, List<String> classPath) {
		List<String> jvmArgs = new ArrayList<>(ArgLine.split(late(value("argLine", "argLine").orElse(""))));
		children("systemPropertyVariables").forEach((k, v) -> jvmArgs.add("-D" + k + "=" + v));
		String directory = value("workingDirectory", null).orElse(project.getBasedir().getAbsolutePath());
		return new ProjectModel.Module(name, directory, classPath, project.getBuild().getTestOutputDirectory(),
				List.copyOf(project.getTestCompileSourceRoots()), jvmArgs, children("environmentVariables"), configurationParameters(),
				list("includes", DEFAULT_INCLUDES), list("excludes", DEFAULT_EXCLUDES),
				value("groups", "groups").orElse(null), value("excludedGroups", "excludedGroups").orElse(null),
				skipped().orElse(null));
	}

	/**
	 * The test class path Surefire gives the module's test JVM: its test classes and classes (or
	 * the folders Surefire is told to use), its dependencies less those Surefire is told to leave
	 * out, then {@code additionalClasspathElements}.
	 */
	List<String> testClassPath() {
		List<String> elements = new ArrayList<>();
		elements.add(value("testClassesDirectory", null).orElse(project.getBuild().getTestOutputDirectory()));
		elements.add(value("classesDirectory", null).orElse(project.getBuild().getOutputDirectory()));
		List<String> excludes = list("classpathDependencyExcludes", List.of());
		Set<String> excludedScopes = ClassPathScopes.excluded(value("classpathDependencyScopeExclude", null).orElse(""));
		for (Artifact artifact : project.getArtifacts()) {
			if (artifact.getArtifactHandler().isAddedToClasspath() && artifact.getFile() != null
					&& !excludedScopes.contains(artifact.getScope())
					&& excludes.stream().noneMatch(pattern -> ClassPathScopes.matches(pattern, artifact))) {
				elements.add(artifact.getFile().getPath());
			}
		}
		elements.addAll(list("additionalClasspathElements", List.of()));
		value(null, "maven.test.additionalClasspath").ifPresent(more -> Arrays.stream(more.split(","))
				.map(String::trim).filter(e -> !e.isEmpty()).forEach(elements::add));
		return elements;
	}

	/** What Surefire would do with this module that Solo does not: said once, loudly, by the run. */
	Optional<String> unhonoured() {
		List<String> scanned = list("dependenciesToScan", List.of());
		if (scanned.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(project.getArtifactId() + ": Surefire's dependenciesToScan (" + String.join(", ", scanned)
				+ ") is not honoured: only the module's own test classes are scanned");
	}

	private Optional<String> skipped() {
		for (String key : List.of("skipTests", "skip", "skipExec")) {
			String property = key.equals("skip") ? "maven.test.skip" : key.equals("skipExec") ? "skipExec" : "skipTests";
			if (value(key, property).map(Boolean::parseBoolean).orElse(false)) {
				return Optional.of(key.equals("skip") ? "maven.test.skip" : key);
			}
		}
		return Optional.empty();
	}

	/** A parameter as Surefire reads it: its element, else the user or project property it is bound to. */
	private Optional<String> value(String element, String property) {
		Xpp3Dom child = element == null ? null : config.getChild(element);
		if (child != null && child.getValue() != null && !child.getValue().isBlank()) {
			return Optional.of(child.getValue().trim());
		}
		return property == null ? Optional.empty() : Optional.ofNullable(properties.get(property));
	}

	private Map<String, String> children(String element) {
		Map<String, String> values = new LinkedHashMap<>();
		Xpp3Dom parent = config.getChild(element);
		if (parent != null) {
			for (Xpp3Dom child : parent.getChildren()) {
				values.put(child.getName(), child.getValue() == null ? "" : late(child.getValue()));
			}
		}
		return values;
	}

	private List<String> list(String element, List<String> defaults) {
		Xpp3Dom parent = config.getChild(element);
		if (parent == null || parent.getChildCount() == 0) {
			return defaults;
		}
		List<String> values = new ArrayList<>();
		for (Xpp3Dom child : parent.getChildren()) {
			if (child.getValue() != null) {
				for (String part : child.getValue().split(",")) {
					if (!part.isBlank()) {
						values.add(part.trim());
					}
				}
			}
		}
		return values;
	}

	/** {@code <properties><configurationParameters>k=v…</configurationParameters></properties>}. */
	private Map<String, String> configurationParameters() {
		Xpp3Dom holder = config.getChild("properties");
		Xpp3Dom parameters = holder == null ? null : holder.getChild("configurationParameters");
		Map<String, String> values = new LinkedHashMap<>();
		if (parameters == null || parameters.getValue() == null) {
			return values;
		}
		Properties read = new Properties();
		try {
			read.load(new StringReader(parameters.getValue()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		read.stringPropertyNames().forEach(k -> values.put(k, read.getProperty(k)));
		return values;
	}

	/** Surefire's late replacement: {@code @{name}} by the property's value at test time. */
	private String late(String text) {
		Matcher matcher = LATE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String value = properties.getOrDefault(matcher.group(1), "");
			matcher.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(out);
		return out.toString();
	}
}
