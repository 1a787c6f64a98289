package dev.solo.launcher.maven.extension;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.maven.artifact.Artifact;

/**
 * Surefire's two ways of leaving dependencies off a test class path: by scope
 * ({@code classpathDependencyScopeExclude}, Maven's resolution scopes) and by coordinates
 * ({@code classpathDependencyExcludes}, {@code groupId:artifactId} with {@code *} wildcards).
 */
final class ClassPathScopes {
	private ClassPathScopes() {
	}

	/** The dependency scopes a {@code classpathDependencyScopeExclude} value leaves out. */
	static Set<String> excluded(String scope) {
		return switch (scope.trim().toLowerCase(Locale.ROOT)) {
			case "compile" -> Set.of(Artifact.SCOPE_COMPILE, Artifact.SCOPE_PROVIDED, Artifact.SCOPE_SYSTEM);
			case "runtime" -> Set.of(Artifact.SCOPE_COMPILE, Artifact.SCOPE_RUNTIME);
			case "compile+runtime" -> Set.of(Artifact.SCOPE_COMPILE, Artifact.SCOPE_PROVIDED, Artifact.SCOPE_SYSTEM,
					Artifact.SCOPE_RUNTIME);
			case "runtime+system" -> Set.of(Artifact.SCOPE_COMPILE, Artifact.SCOPE_RUNTIME, Artifact.SCOPE_SYSTEM);
			case "test" -> Set.of(Artifact.SCOPE_COMPILE, Artifact.SCOPE_PROVIDED, Artifact.SCOPE_SYSTEM,
					Artifact.SCOPE_RUNTIME, Artifact.SCOPE_TEST);
			default -> Set.of();
		};
	}

	/** Whether {@code groupId:artifactId[:type[:classifier]]}, each part a glob, names {@code artifact}. */
	static boolean matches(String pattern, Artifact artifact) {
		String[] parts = pattern.trim().split(":");
		String[] values = { artifact.getGroupId(), artifact.getArtifactId(), artifact.getType(),
				artifact.getClassifier() == null ? "" : artifact.getClassifier() };
		if (parts.length < 2 || parts.length > values.length) {
			return false;
		}
		for (int i = 0; i < parts.length; i++) {
			if (!glob(parts[i], values[i])) {
				return false;
			}
		}
		return true;
	}

	private static boolean glob(String pattern, String value) {
		return Pattern.matches(Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote)
				.collect(Collectors.joining(".*")), value);
	}
}
