package dev.solo.examples.multimodule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Sees the JVM Surefire would give it, whichever runs it: Surefire, or the solo command line. */
class SurefireSettingsTest {
	@Test
	void seesTheArgLine() {
		assertEquals("set by argLine", System.getProperty("multimodule.argline"));
		assertEquals(true, ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-Xss2m"));
	}

	@Test
	void seesTheSystemPropertyVariables() {
		assertEquals("vanilla", System.getProperty("multimodule.flavour"));
	}

	@Test
	void keepsTheSystemPropertyVariablesOffItsCommandLine() {
		// Surefire hands them over in a file; a property may hold a password, and `ps` shows a command line.
		String[] arguments = ProcessHandle.current().info().arguments().orElse(new String[0]);
		for (String argument : arguments) {
			assertEquals(false, argument.contains("multimodule.flavour"), argument);
		}
	}

	@Test
	void seesTheEnvironmentVariables() {
		assertEquals("from-surefire", System.getenv("MULTIMODULE_ENV"));
	}

	@Test
	void runsInItsModuleFolder() {
		assertEquals("core", Path.of(System.getProperty("user.dir")).getFileName().toString());
	}
}
