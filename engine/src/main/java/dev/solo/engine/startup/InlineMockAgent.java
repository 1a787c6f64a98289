package dev.solo.engine.startup;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.apiguardian.api.API;

/**
 * The Java agent that Mockito's inline mock maker (Mockito 5's default) needs, given at start.
 * Without it, Byte Buddy attaches to the running JVM, and since a JVM may not attach to itself
 * it starts a second JVM to do so ({@code net.bytebuddy.agent.Attacher}): once per Surefire
 * fork, but once per test under Solo, a quarter of a second of CPU for each test that mocks. With
 * the agent given at start (as Mockito's documentation asks: {@code -javaagent:mockito-core.jar}),
 * Byte Buddy finds the instrumentation already there. The agent only keeps the instrumentation
 * for Mockito; it transforms nothing until a mock is made, so results are the same.
 */
@API(status = INTERNAL, since = "0.1")
public final class InlineMockAgent {
	private InlineMockAgent() {
	}

	/**
	 * {@code -javaagent:} for the first jar on {@code classPath} that is Mockito's own agent
	 * (mockito-core 5.14 and later), else Byte Buddy's; empty where there is neither, or where
	 * the user gives a Java agent of their own for it.
	 */
	public static Optional<String> option(List<String> userOptions, List<String> classPath) {
		if (userOptions.stream().anyMatch(o -> o.startsWith("-javaagent:")
				&& (o.contains("mockito") || o.contains("byte-buddy")))) {
			return Optional.empty();
		}
		Optional<String> agent = agentJar(classPath, "mockito-core");
		if (agent.isEmpty()) {
			agent = agentJar(classPath, "byte-buddy-agent");
		}
		return agent.map(jar -> "-javaagent:" + jar);
	}

	private static Optional<String> agentJar(List<String> classPath, String artifact) {
		for (String entry : classPath) {
			String name = new File(entry).getName();
			if (name.startsWith(artifact) && name.endsWith(".jar") && hasPremain(entry)) {
				return Optional.of(entry);
			}
		}
		return Optional.empty();
	}

	private static boolean hasPremain(String jar) {
		try (JarFile file = new JarFile(jar)) {
			Manifest manifest = file.getManifest();
			return manifest != null && manifest.getMainAttributes().getValue("Premain-Class") != null;
		}
		catch (IOException | SecurityException e) {
			return false;
		}
	}
}
