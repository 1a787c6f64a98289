package dev.solo.launcher.maven.extension;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.launcher.maven.MavenBuild;
import dev.solo.launcher.maven.ProjectModel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.inject.Inject;

import org.apache.maven.AbstractMavenLifecycleParticipant;
import org.apache.maven.MavenExecutionException;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.resolver.filter.CumulativeScopeArtifactFilter;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.apiguardian.api.API;
import org.eclipse.aether.RepositorySystem;

/**
 * Runs inside the user's Maven when {@code solo} compiles their tests: once the build is over,
 * writes what every module's tests need (test class path, folders, Surefire's JVM settings)
 * to the file {@code solo} named. Maven does the resolving and interpolating; nothing here
 * reads a pom.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProjectReporter extends AbstractMavenLifecycleParticipant {
	private final RepositorySystem repositories;

	@Inject
	public ProjectReporter(RepositorySystem repositories) {
		this.repositories = repositories;
	}

	@Override
	public void afterSessionEnd(MavenSession session) throws MavenExecutionException {
		String output = session.getUserProperties().getProperty(MavenBuild.OUTPUT_PROPERTY);
		if (output == null || session.getResult().hasExceptions()) {
			return;
		}
		Path root = session.getTopLevelProject().getBasedir().toPath();
		List<MavenProject> withTests = session.getProjects().stream().filter(p -> !"pom".equals(p.getPackaging()))
				.toList();
		List<ProjectModel.Module> modules = new ArrayList<>();
		List<MavenProject> onThePlatform = new ArrayList<>();
		for (MavenProject project : withTests) {
			// Each mojo narrows the project's artifacts to the scope it asked for, and the last one of
			// the build (a resources copy, say) may have asked for none: read them as Surefire does.
			project.setArtifactFilter(new CumulativeScopeArtifactFilter(List.of(Artifact.SCOPE_TEST)));
		}
		PlatformResolution platform = new PlatformResolution(repositories, session);
		String platformVersion = PlatformResolution.platformVersion(withTests);
		List<String> notices = new ArrayList<>();
		for (MavenProject project : withTests) {
			try {
				SurefireSettings surefire = SurefireSettings.of(project, session);
				List<String> classPath = surefire.testClassPath();
				surefire.unhonoured().ifPresent(notices::add);
				// A JUnit 4 module runs through Vintage, as Surefire runs it through its JUnit 4 provider.
				List<String> vintage = platform.vintageFor(project, platformVersion);
				classPath.addAll(vintage);
				classPath.addAll(platform.ownLauncherFor(project, platformVersion, classPath));
				ProjectModel.Module module = surefire.module(name(project, root), classPath);
				boolean junit = vintage.size() > 0 || project.getArtifacts().stream().anyMatch(ProjectReporter::isPlatformEngine);
				if (junit) {
					onThePlatform.add(project);
				}
				else if (module.skipReason().isEmpty()) {
					// Nothing here runs its tests (TestNG without its JUnit engine, say): a run with any fails.
					module = module.skippedFor(ProjectModel.NO_JUNIT);
				}
				modules.add(module);
			}
			catch (Exception e) {
				throw new MavenExecutionException("solo: cannot read the test class path of " + project.getId()
						+ ": " + e.getMessage(), project.getFile());
			}
		}
		List<String> extras = platform.missingJars(PlatformResolution.on(onThePlatform, platformVersion),
				platformVersion);
		try {
			new ProjectModel(root.toString(), modules, extras, null, notices).write(Path.of(output));
		}
		catch (IOException e) {
			throw new MavenExecutionException("solo: cannot write " + output + ": " + e.getMessage(), e);
		}
	}

	/** The module's folder from the root (as nextest names a binary by its crate), or its artifactId at the root. */
	private static String name(MavenProject project, Path root) {
		String relative = root.relativize(project.getBasedir().toPath()).toString().replace('\\', '/');
		return relative.isEmpty() ? project.getArtifactId() : relative;
	}

	static Map<String, String> properties(MavenProject project, MavenSession session) {
		Map<String, String> values = new LinkedHashMap<>();
		copy(project.getProperties(), values);
		copy(session.getSystemProperties(), values);
		copy(session.getUserProperties(), values);
		return values;
	}

	private static void copy(Properties from, Map<String, String> to) {
		from.stringPropertyNames().forEach(k -> to.put(k, from.getProperty(k)));
	}

	static boolean isPlatformEngine(Artifact artifact) {
		return "org.junit.platform".equals(artifact.getGroupId())
				&& "junit-platform-engine".equals(artifact.getArtifactId());
	}
}
