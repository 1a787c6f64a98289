package dev.solo.engine.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InlineMockAgentTest {
	@TempDir
	Path folder;

	@Test
	void mockitosOwnAgentComesFirst() throws IOException {
		String byteBuddy = jar("byte-buddy-agent-1.17.7.jar", "net.bytebuddy.agent.Installer");
		String mockito = jar("mockito-core-5.20.0.jar", "org.mockito.internal.PremainAttach");

		assertEquals(Optional.of("-javaagent:" + mockito),
				InlineMockAgent.option(List.of("-Xmx1g"), List.of(folder.toString(), byteBuddy, mockito)));
	}

	/** Mockito before 5.14 has no agent of its own; Byte Buddy's stands in (Mockito asks Byte Buddy for it). */
	@Test
	void byteBuddysAgentWhereMockitoHasNone() throws IOException {
		String mockito = jar("mockito-core-5.2.0.jar", null);
		String byteBuddy = jar("byte-buddy-agent-1.14.1.jar", "net.bytebuddy.agent.Installer");

		assertEquals(Optional.of("-javaagent:" + byteBuddy), InlineMockAgent.option(List.of(), List.of(mockito, byteBuddy)));
	}

	@Test
	void noneWithoutAnAgentJarOrWhereTheUserGivesOne() throws IOException {
		String mockito = jar("mockito-core-5.20.0.jar", "org.mockito.internal.PremainAttach");

		assertEquals(Optional.empty(), InlineMockAgent.option(List.of(), List.of(jar("guava-33.jar", null))));
		assertEquals(Optional.empty(), InlineMockAgent.option(List.of("-javaagent:/opt/mockito-core.jar"),
				List.of(mockito)));
		assertEquals(Optional.empty(), InlineMockAgent.option(List.of(), List.of(folder.resolve("absent.jar").toString())));
	}

	private String jar(String name, String premain) throws IOException {
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		if (premain != null) {
			manifest.getMainAttributes().putValue("Premain-Class", premain);
		}
		Path jar = folder.resolve(name);
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
			// a manifest is all the agent's lookup reads
		}
		return jar.toString();
	}
}
