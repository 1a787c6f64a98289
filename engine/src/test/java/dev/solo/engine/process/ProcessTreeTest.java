package dev.solo.engine.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

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

	@Test
	void findsTheSameChildrenAndDescendantsAsTheJdkWithoutReadingAllOfProc() throws Exception {
		// Two children of this JVM, one of them with a child of its own.
		Process parent = new ProcessBuilder("sh", "-c", "sleep 300 & sleep 300 & wait").start();
		Process single = new ProcessBuilder("sleep", "300").start();
		try {
			ProcessHandle self = ProcessHandle.current();
			for (int i = 0; i < 100 && parent.toHandle().children().count() < 2; i++) {
				Thread.sleep(20);
			}
			ProcessHandle shell = parent.toHandle();
			// Linux lists children per thread: that list, not a read of all of /proc, is what is compared here.
			assertTrue(ProcessTree.listedChildren(shell.pid()).isPresent(), "/proc/<pid>/task/<tid>/children is read");
			assertEquals(2, ProcessTree.children(shell).size(), "the shell's two sleeps");
			assertEquals(pids(shell.children().toList()), pids(ProcessTree.children(shell)));
			assertEquals(pids(shell.descendants().toList()), pids(ProcessTree.descendants(shell)));
			assertTrue(pids(ProcessTree.children(self)).containsAll(Set.of(parent.pid(), single.pid())));
			Set<Long> all = pids(ProcessTree.descendants(self));
			assertTrue(all.containsAll(pids(shell.children().toList())) && all.contains(single.pid()), all::toString);
			assertEquals(List.of(), ProcessTree.children(single.toHandle()));
		}
		finally {
			ProcessTree.terminate(parent.toHandle(), Duration.ZERO);
			ProcessTree.terminate(single.toHandle(), Duration.ZERO);
		}
		assertTrue(parent.waitFor(5, TimeUnit.SECONDS) && single.waitFor(5, TimeUnit.SECONDS), "nothing left running");
	}

	private static Set<Long> pids(List<ProcessHandle> processes) {
		return processes.stream().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).collect(Collectors.toSet());
	}
}
