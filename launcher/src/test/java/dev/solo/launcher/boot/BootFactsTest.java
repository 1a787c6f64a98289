package dev.solo.launcher.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** What the boot learned crosses into the command's class loader as text, and comes back whole. */
class BootFactsTest {
	@Test
	void everythingTheBootLearnedSurvivesTheTrip() {
		BootFacts learned = BootFacts.start().withArchive(Path.of("/work/here"), Optional.of(Path.of("/tmp/d.json")))
				.withProjectFile(Path.of("/tmp/solo-project-1.json"));
		BootFacts handed = BootFacts.fromText(learned.asText());
		assertEquals(learned, handed);
		assertTrue(handed.booted());
	}

	@Test
	void aBootThatLearnedNothingStillSaysItBooted() {
		BootFacts handed = BootFacts.fromText(BootFacts.start().asText());
		assertTrue(handed.booted(), "under the boot the class path is the project's alone");
		assertEquals(Optional.empty(), handed.projectFile());
		assertEquals(Optional.empty(), handed.reportBase());
		assertEquals(Optional.empty(), handed.durationsFile());
	}

	@Test
	void withoutTheBootNothingIsKnown() {
		BootFacts unbooted = BootFacts.unbooted();
		assertFalse(unbooted.booted());
		assertEquals(Map.of(), unbooted.asText());
	}
}
