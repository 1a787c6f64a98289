package dev.solo.launcher.maven.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.junit.jupiter.api.Test;

class ClassPathScopesTest {
	private final Artifact guava = new DefaultArtifact("com.google.guava", "guava", "33.0", "compile", "jar", null,
			new DefaultArtifactHandler("jar"));

	@Test
	void aScopeExcludeLeavesOutTheScopesSurefireLeavesOut() {
		assertEquals(Set.of("compile", "provided", "system"), ClassPathScopes.excluded("compile"));
		assertEquals(Set.of("compile", "runtime"), ClassPathScopes.excluded("runtime"));
		assertEquals(Set.of("compile", "runtime", "system"), ClassPathScopes.excluded("runtime+system"));
		assertEquals(5, ClassPathScopes.excluded("test").size());
		assertEquals(Set.of(), ClassPathScopes.excluded(""));
	}

	@Test
	void anExcludeNamesGroupAndArtifactWithWildcards() {
		assertTrue(ClassPathScopes.matches("com.google.guava:guava", guava));
		assertTrue(ClassPathScopes.matches("com.google.*:*", guava));
		assertTrue(ClassPathScopes.matches("com.google.guava:guava:jar", guava));
		assertFalse(ClassPathScopes.matches("com.google.guava:failureaccess", guava));
		assertFalse(ClassPathScopes.matches("guava", guava), "an artifact id alone names nothing in Surefire");
	}
}
