package dev.solo.engine.child;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
			assertFalse(SpawnEvidence.any(threads, Thread.currentThread(), PID));
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
			assertTrue(SpawnEvidence.any(List.of(Thread.currentThread(), other), Thread.currentThread(), PID));
		}
		finally {
			end.countDown();
			other.join();
		}
	}

	@Test
	void aProcessTheTestsThreadStartedIsSeenEvenWithoutItsReaper() throws IOException, InterruptedException {
		Process sleep = new ProcessBuilder("sleep", "30").start();
		try {
			// Only the test's thread is passed: the children file itself must tell.
			assertTrue(SpawnEvidence.any(List.of(Thread.currentThread()), Thread.currentThread(), PID));
		}
		finally {
			sleep.destroyForcibly();
			assertTrue(sleep.waitFor(10, TimeUnit.SECONDS), "sleep is left running");
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
