package dev.solo.engine.artifacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.engine.events.Artifact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactFoldersTest {
	@TempDir
	Path temp;

	@Test
	void anAttemptThatLeavesNothingLeavesNoFolderAndTheRunNone() throws IOException {
		ArtifactFolders folders = ArtifactFolders.at(Files.createDirectory(temp.resolve("run")));
		Path folder = folders.forAttempt("com.example.FooTest#bar()", 1);
		assertTrue(Files.isDirectory(folder));
		assertEquals(List.of(), ArtifactFolders.collect(folder));
		assertFalse(Files.exists(folder.getParent()), "the test's folder goes with its empty attempt");
		folders.close();
		assertFalse(Files.exists(folders.root()));
	}

	@Test
	void whatAnAttemptLeavesIsNamedTestAttemptFileAndKeptWhereItIs() throws IOException {
		ArtifactFolders folders = ArtifactFolders.at(Files.createDirectory(temp.resolve("run")));
		Path folder = folders.forAttempt("com.example.FooTest#bar(int, String)[2]", 2);
		Files.writeString(folder.resolve("shot.png"), "png");
		Files.createDirectory(folder.resolve("logs"));
		Files.writeString(folder.resolve("logs/app.log"), "a log");
		List<Artifact> artifacts = ArtifactFolders.collect(folder);
		assertEquals(List.of("com.example.FooTest#bar(int__String)[2]/2/logs/app.log",
				"com.example.FooTest#bar(int__String)[2]/2/shot.png"), artifacts.stream().map(Artifact::relative).toList());
		assertEquals("logs/app.log", artifacts.get(0).file());
		assertEquals(5, artifacts.get(0).size());
		assertEquals(folder.resolve("shot.png").toAbsolutePath(), artifacts.get(1).path());
		folders.close();
		assertTrue(Files.exists(folder.resolve("shot.png")), "a run's artifacts outlive it");
	}

	@Test
	void twoUnitsWhoseNamesLookAlikeGetFoldersOfTheirOwn() throws IOException {
		ArtifactFolders folders = ArtifactFolders.at(Files.createDirectory(temp.resolve("run")));
		Path one = folders.forAttempt("a b", 1);
		Path other = folders.forAttempt("a/b", 1);
		assertNotEquals(one, other);
		assertEquals(one.getParent(), other.getParent());
	}

	@Test
	void aLongOrHiddenNameStaysOneShortFolderName() {
		String name = ArtifactFolders.folderName("x".repeat(400));
		assertTrue(name.length() < 140, name);
		assertNotEquals(ArtifactFolders.folderName("x".repeat(400)), ArtifactFolders.folderName("x".repeat(401)));
		assertEquals("_.", ArtifactFolders.folderName(".."), "never the parent folder");
	}
}
