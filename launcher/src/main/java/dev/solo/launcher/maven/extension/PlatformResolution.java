package dev.solo.launcher.maven.extension;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * The Platform jars a project's tests run with but do not declare: Surefire resolves the
 * launcher itself, so most projects lack {@code junit-platform-launcher}, and few declare
 * {@code junit-platform-reporting}. Resolved at the project's own Platform version, from its
 * repositories.
 */
final class PlatformResolution {
	private static final List<String> WANTED = List.of("junit-platform-launcher", "junit-platform-reporting");

	private final RepositorySystem repositories;
	private final MavenSession session;

	PlatformResolution(RepositorySystem repositories, MavenSession session) {
		this.repositories = repositories;
		this.session = session;
	}

	/** The Platform version the projects' tests use: the first found, else the one Solo was built with. */
	static String platformVersion(List<MavenProject> projects) {
		return projects.stream().flatMap(p -> p.getArtifacts().stream()).filter(ProjectReporter::isPlatformEngine)
				.map(Artifact::getVersion).findFirst().orElse(BuiltWith.junitPlatform());
	}

	/**
	 * For a module on JUnit 4 (or 3) alone, which Surefire runs with its own JUnit 4 provider:
	 * the Vintage engine of the run's Platform version, without a JUnit 4 of its own (the
	 * module's stays). Empty for a module that has the Platform, or no JUnit 4.12+ at all.
	 */
	List<String> vintageFor(MavenProject project, String platformVersion) {
		boolean hasPlatform = project.getArtifacts().stream().anyMatch(ProjectReporter::isPlatformEngine);
		boolean hasJUnit4 = project.getArtifacts().stream().anyMatch(a -> "junit".equals(a.getGroupId())
				&& "junit".equals(a.getArtifactId()) && atLeast412(a.getVersion()));
		if (hasPlatform || !hasJUnit4) {
			return List.of();
		}
		return resolve(project, "org.junit.vintage", "junit-vintage-engine", vintageVersion(platformVersion)).stream()
				.filter(file -> !file.replace('\\', '/').contains("/junit/junit/")
						&& !file.replace('\\', '/').contains("/org/hamcrest/"))
				.toList();
	}

	/** Vintage is versioned as Jupiter is: 5.n.m for Platform 1.n.m, and the Platform's own from 6 on. */
	static String vintageVersion(String platformVersion) {
		return platformVersion.startsWith("1.") ? "5." + platformVersion.substring(2) : platformVersion;
	}

	private static boolean atLeast412(String version) {
		String[] parts = version.split("[.-]");
		try {
			int major = Integer.parseInt(parts[0]);
			int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
			return major > 4 || (major == 4 && minor >= 12);
		}
		catch (NumberFormatException e) {
			return false;
		}
	}

	/**
	 * For a module on another Platform version than the run's, without a launcher of its own:
	 * the launcher of its version (and what it needs that the module lacks). Its tests' JVMs
	 * start through a launcher, and one of the run's version would not match their Platform.
	 */
	List<String> ownLauncherFor(MavenProject project, String platformVersion, List<String> classPath) {
		Optional<String> own = project.getArtifacts().stream().filter(ProjectReporter::isPlatformEngine)
				.map(Artifact::getVersion).findFirst();
		boolean hasLauncher = project.getArtifacts().stream().anyMatch(a -> "org.junit.platform".equals(a.getGroupId())
				&& "junit-platform-launcher".equals(a.getArtifactId()));
		if (own.isEmpty() || own.get().equals(platformVersion) || hasLauncher) {
			return List.of();
		}
		return resolve(project, "org.junit.platform", "junit-platform-launcher", own.get()).stream()
				.filter(jar -> !classPath.contains(jar)).toList();
	}

	/** The projects whose tests are on {@code platformVersion}, or bring no Platform of their own. */
	static List<MavenProject> on(List<MavenProject> projects, String platformVersion) {
		return projects.stream().filter(p -> p.getArtifacts().stream().filter(ProjectReporter::isPlatformEngine)
				.allMatch(a -> a.getVersion().equals(platformVersion))).toList();
	}

	/**
	 * The launcher and reporting jars of {@code platformVersion} when none of {@code projects}
	 * (those whose tests run on the Platform) has them: the command loads one Platform for all.
	 */
	List<String> missingJars(List<MavenProject> projects, String platformVersion) {
		Set<String> jars = new LinkedHashSet<>();
		if (projects.isEmpty()) {
			return List.of();
		}
		for (String artifactId : WANTED) {
			boolean declared = projects.stream().flatMap(p -> p.getArtifacts().stream())
					.anyMatch(a -> a.getArtifactId().equals(artifactId) && "org.junit.platform".equals(a.getGroupId()));
			if (!declared) {
				jars.addAll(resolve(projects.get(0), "org.junit.platform", artifactId, platformVersion));
			}
		}
		return new ArrayList<>(jars);
	}

	/** The artifact with its runtime dependencies; nothing when it cannot be had (offline): the command says so. */
	private List<String> resolve(MavenProject project, String groupId, String artifactId, String version) {
		CollectRequest collect = new CollectRequest(new Dependency(
				new DefaultArtifact(groupId, artifactId, "jar", version), "runtime"),
				project.getRemoteProjectRepositories());
		List<String> files = new ArrayList<>();
		try {
			for (ArtifactResult result : repositories.resolveDependencies(session.getRepositorySession(),
					new DependencyRequest(collect, null)).getArtifactResults()) {
				File file = result.getArtifact().getFile();
				if (file != null) {
					files.add(file.getAbsolutePath());
				}
			}
		}
		catch (DependencyResolutionException e) {
			// The launcher may still be found in the local repository, or on the class path.
		}
		return files;
	}
}
