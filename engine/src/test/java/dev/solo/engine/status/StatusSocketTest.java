package dev.solo.engine.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's status socket and {@code solo status}'s side of it, on real Unix-domain sockets. */
class StatusSocketTest {
	@TempDir
	Path temp;

	/** A live process that is not this JVM, as the socket's owner: {@code solo status} skips its own. */
	private final long otherPid = ProcessHandle.current().parent().orElseThrow().pid();

	@Test
	void aRunsSocketAnswersEachConnectionWithItsStatusInAnOwnerOnlyFolderAndIsGoneAfterClose() throws IOException {
		Path folder = temp.resolve("status");
		AtomicInteger asked = new AtomicInteger();
		Optional<StatusSocket> socket = StatusSocket.open(folder, otherPid,
				() -> "solo: status: asked " + asked.incrementAndGet() + "\n");
		assertTrue(socket.isPresent());
		try {
			assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
			assertEquals(List.of(new StatusSockets.Answer(otherPid, Optional.of("solo: status: asked 1\n"), "")),
					StatusSockets.askAll(folder));
			assertEquals("solo: status: asked 2\n", StatusSockets.askAll(folder).get(0).text().orElseThrow());
		}
		finally {
			socket.get().close();
		}
		assertFalse(Files.exists(folder.resolve(otherPid + ".sock")));
		assertEquals(List.of(), StatusSockets.askAll(folder));
	}

	@Test
	void theSocketOfADeadJvmOrOneNobodyListensOnIsRemovedAndNotAnswer() throws Exception {
		Path folder = temp.resolve("status");
		Files.createDirectories(folder);
		Process gone = new ProcessBuilder("true").start();
		assertTrue(gone.waitFor(10, TimeUnit.SECONDS));
		Path dead = Files.createFile(folder.resolve(gone.pid() + ".sock"));
		Path silent = Files.createFile(folder.resolve(otherPid + ".sock"));

		assertEquals(List.of(), StatusSockets.askAll(folder));
		assertFalse(Files.exists(dead));
		assertFalse(Files.exists(silent));
	}

	@Test
	void noFolderIsNoRunAndAPathTooLongForASocketOpensNothing() throws IOException {
		assertEquals(List.of(), StatusSockets.askAll(temp.resolve("never-made")));
		Path deep = temp.resolve("x".repeat(120));
		assertEquals(Optional.empty(), StatusSocket.open(deep, otherPid, () -> ""));
	}

	@Test
	void aCacheTooDeepForASocketIsStoodInForByAShortFolderThatBothSidesNameAlike() throws IOException {
		Path shallow = temp.resolve("cache");
		assertEquals(shallow.resolve("status"), StatusSockets.folder(shallow, temp.resolve("tmp")));

		Path deep = temp.resolve("workspace/" + "x".repeat(80) + "/cache");
		Path standIn = StatusSockets.folder(deep, temp.resolve("tmp"));
		assertEquals(temp.resolve("tmp"), standIn.getParent(), standIn.toString());
		assertEquals(standIn, StatusSockets.folder(deep, temp.resolve("tmp")), "solo status finds the same folder");
		assertFalse(standIn.equals(StatusSockets.folder(temp.resolve("workspace/" + "y".repeat(80) + "/cache"),
				temp.resolve("tmp"))), "another cache, another folder");

		// A run under the deep cache answers solo status through the stand-in.
		Files.createDirectories(standIn.getParent());
		try (StatusSocket socket = StatusSocket.open(standIn, otherPid, () -> "status of the deep run").orElseThrow()) {
			List<StatusSockets.Answer> answers = StatusSockets.askAll(standIn);
			assertEquals(1, answers.size(), answers.toString());
			assertEquals(Optional.of("status of the deep run"), answers.get(0).text());
		}
		assertTrue(StatusSockets.ownedByThisUser(standIn));
	}
}
