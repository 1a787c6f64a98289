package dev.solo.engine.child;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@EnabledOnOs(OS.LINUX)
class SpawnEvidenceTest {
	private static final long PID = ProcessHandle.current().pid();

	@Test
	void onlyTheTestsAndTheJvmsOwnThreadsAndNoChildMeanNoProcessLeft() throws InterruptedException {
		CountDownLatch end = new CountDownLatch(1);
		List<Thread> own = List.of(live("Reference Handler", end), live("Common-Cleaner", end),
				live(ParentWatch.NAME, end));
		try {
			List<Thread> threads = new java.util.ArrayList<>(own);
			threads.add(Thread.currentThread());
			assertFalse(SpawnEvidence.any(threads, Thread.currentThread(), PID, false));
		}
		finally {
			end.countDown();
			for (Thread thread : own) {
				thread.join();
			}
		}
	}

	@Test
	void anotherLiveThreadMayHaveStartedOne() throws InterruptedException {
		CountDownLatch end = new CountDownLatch(1);
		Thread other = live("pool-1-thread-1", end);
		try {
			assertTrue(SpawnEvidence.any(List.of(Thread.currentThread(), other), Thread.currentThread(), PID, false));
		}
		finally {
			end.countDown();
			other.join();
		}
	}

	@Test
	void aProcessTheUnitsThreadStartedIsSeenEvenWithoutItsReaperAsTheThreadEndsAndAfter() throws Exception {
		Process[] sleep = new Process[1];
		boolean[] hadAChild = new boolean[2];
		// As the unit's thread: it starts a process, says whether it has a child, and ends.
		Thread unit = new Thread(() -> {
			hadAChild[0] = SpawnEvidence.threadHasAChild();
			try {
				sleep[0] = new ProcessBuilder("sleep", "30").start();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			hadAChild[1] = SpawnEvidence.threadHasAChild();
		});
		unit.start();
		unit.join();
		try {
			assertFalse(hadAChild[0], "a thread that started nothing has a child");
			assertTrue(hadAChild[1], "the thread's own child is not seen");
			assertTrue(SpawnEvidence.any(List.of(Thread.currentThread()), Thread.currentThread(), PID, true));
			// Once the thread has quite ended (a moment after join), its child is the first thread's: only
			// the asking thread is passed, not the JDK's reaper thread, so the first thread's file must tell.
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (!SpawnEvidence.any(List.of(Thread.currentThread()), Thread.currentThread(), PID, false)) {
				assertTrue(System.nanoTime() < deadline, "the first thread never lists the ended thread's child");
				Thread.sleep(10);
			}
		}
		finally {
			sleep[0].destroyForcibly();
			assertTrue(sleep[0].waitFor(10, TimeUnit.SECONDS), "sleep is left running");
		}
	}

	@Test
	void aChildrenFileThatCannotBeReadCountsAsEvidence(@TempDir Path folder) throws IOException {
		assertTrue(SpawnEvidence.listsAChild(folder.resolve("absent")));
		Path empty = Files.writeString(folder.resolve("children"), "");
		assertFalse(SpawnEvidence.listsAChild(empty));
		assertTrue(SpawnEvidence.listsAChild(Files.writeString(folder.resolve("listed"), "4242 ")));
	}

	private static Thread live(String name, CountDownLatch end) {
		Thread thread = new Thread(() -> await(end), name);
		thread.start();
		return thread;
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
