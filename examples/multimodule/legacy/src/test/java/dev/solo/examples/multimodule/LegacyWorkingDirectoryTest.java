package dev.solo.examples.multimodule;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Test;

/**
 * JUnit 4, run through Vintage: a file found relative to the module's folder, and a resource that
 * only Surefire's {@code additionalClasspathElements} puts on the class path.
 */
public class LegacyWorkingDirectoryTest {
	@Test
	public void readsAFileOfItsModule() throws IOException {
		assertEquals("legacy data", Files.readString(Path.of("src/test/resources/data.txt")).trim());
	}

	@Test
	public void isNotCore() throws IOException {
		assertEquals(null, System.getProperty("multimodule.flavour"));
		try (var overlay = getClass().getClassLoader().getResourceAsStream("overlay.txt")) {
			assertNotNull("overlay.txt, from additionalClasspathElements, on the class path", overlay);
			assertEquals("from additionalClasspathElements", new String(overlay.readAllBytes()).trim());
		}
	}
}
