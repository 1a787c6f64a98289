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

	List<String> missingJars(List<MavenProject> projects) {
		Set<String> jars = new LinkedHashSet<>();
		for (MavenProject project : projects) {
			Optional<String> version = project.getArtifacts().stream().filter(ProjectReporter::isPlatformEngine)
					.map(Artifact::getVersion).findFirst();
			if (version.isEmpty()) {
				continue;
			}
			for (String artifactId : WANTED) {
				boolean declared = project.getArtifacts().stream().anyMatch(a -> a.getArtifactId().equals(artifactId)
						&& "org.junit.platform".equals(a.getGroupId()));
				if (!declared) {
					jars.addAll(resolve(project, artifactId, version.get()));
				}
			}
		}
		return new ArrayList<>(jars);
	}

	/** The artifact with its runtime dependencies; nothing when it cannot be had (offline): the command says so. */
	private List<String> resolve(MavenProject project, String artifactId, String version) {
		CollectRequest collect = new CollectRequest(new Dependency(
				new DefaultArtifact("org.junit.platform", artifactId, "jar", version), "runtime"),
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
