package dev.solo.engine.fork;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.solo.engine.config.SettingsException;

import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Test;

class JvmOptionsCheckTest {
	private static final String JAVA = Paths.get(System.getProperty("java.home"), "bin", "java").toString();

	@Test
	void anOptionTheJvmRefusesFailsOnceWithTheJvmsWordsAndTheSetting() {
		SettingsException e = assertThrows(SettingsException.class,
				() -> JvmOptionsCheck.check(JAVA, List.of("-Xmx1x"), "solo.jvm-args", List.of("-Xmx1x")));
		assertEquals("invalid value '-Xmx1x' for solo.jvm-args: the test JVM does not start with it: "
				+ "Invalid maximum heap size: -Xmx1x", e.getMessage());
	}

	@Test
	void optionsTheJvmTakesPass() {
		assertDoesNotThrow(() -> JvmOptionsCheck.check(JAVA, List.of("-Xmx64m", "-Dsolo.check=1"), "solo.jvm-args",
				List.of("-Xmx64m")));
	}
}
