package dev.solo.examples.rerun;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** A test "fixed" by a file named after it in the project's fixes/ folder. */
final class Fixes {
	private Fixes() {
	}

	static void assertFixed(String test) {
		assertTrue(Files.exists(Path.of("fixes", test)), test + " is still broken (touch fixes/" + test + " to fix it)");
	}
}
