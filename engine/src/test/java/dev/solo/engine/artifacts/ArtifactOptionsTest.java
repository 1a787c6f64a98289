package dev.solo.engine.artifacts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.solo.engine.config.Tracer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ArtifactOptionsTest {
	private final Path folder = Path.of("/tmp/solo-artifacts-1/com.A#one()/1");

	@Test
	void aTestJvmDumpsItsHeapIntoItsArtifactFolderByDefault() {
		assertEquals(List.of("-XX:+HeapDumpOnOutOfMemoryError", "-XX:HeapDumpPath=" + folder),
				ArtifactOptions.forAttempt(List.of("-Xmx32m", "-ea"), folder, Optional.empty()));
	}

	@Test
	void theUsersWordOnHeapDumpsStandsAsWritten() {
		for (String own : List.of("-XX:HeapDumpPath=/var/dumps", "-XX:-HeapDumpOnOutOfMemoryError",
				"-XX:+HeapDumpOnOutOfMemoryError")) {
			assertEquals(List.of(), ArtifactOptions.forAttempt(List.of("-Xmx32m", own), folder, Optional.empty()), own);
		}
	}

	@Test
	void aSystemPropertyThatMerelyNamesHeapDumpsIsNotTheUsersWordOnThem() {
		assertEquals(2, ArtifactOptions.forAttempt(List.of("-Dapp.HeapDumpPath=/x"), folder, Optional.empty()).size());
	}

	@Test
	void aTracedJvmRecordsIntoItsArtifactFolderWithTheChosenSettings() {
		List<String> options = ArtifactOptions.forAttempt(List.of("-XX:HeapDumpPath=/var/dumps"), folder,
				Optional.of(new Tracer("profile", false)));
		assertEquals(List.of("-XX:StartFlightRecording:filename=" + folder.resolve("recording.jfr") + ",settings=profile",
				"-Dsolo.child.jfr=true"), options);
	}
}
