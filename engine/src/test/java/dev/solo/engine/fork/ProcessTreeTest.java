package dev.solo.engine.fork;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ProcessTreeTest {

	@Test
	void terminatesAProcessAndWhatItStarted() throws Exception {
		// A shell that ignores SIGTERM and whose child sleeps: only SIGKILL after the grace period ends it.
		Process shell = new ProcessBuilder("sh", "-c", "trap '' TERM; sleep 300 & wait").start();
		List<ProcessHandle> tree = List.of();
		for (int i = 0; i < 50 && tree.size() < 2; i++) {
			Thread.sleep(50);
			tree = ProcessTree.withDescendants(shell.toHandle());
		}
		assertTrue(tree.size() >= 2, "shell and sleep are running: " + tree);
		long start = System.nanoTime();
		ProcessTree.terminate(shell.toHandle(), Duration.ofMillis(300));
		assertTrue(shell.waitFor(5, TimeUnit.SECONDS));
		for (ProcessHandle process : tree) {
			process.onExit().get(5, TimeUnit.SECONDS);
			assertFalse(process.isAlive(), "left behind: " + ProcessTree.describe(process));
		}
		assertTrue(System.nanoTime() - start >= Duration.ofMillis(250).toNanos(), "waited for the grace period");
	}
}
