package dev.solo.examples.multimodule;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Test;

/** JUnit 4, run through Vintage: a file found relative to the module's folder. */
public class LegacyWorkingDirectoryTest {
	@Test
	public void readsAFileOfItsModule() throws IOException {
		assertEquals("legacy data", Files.readString(Path.of("src/test/resources/data.txt")).trim());
	}

	@Test
	public void isNotCore() {
		assertEquals(null, System.getProperty("multimodule.flavour"));
	}
}
