package dev.solo.engine.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.engine.process.LeftProcess;
import dev.solo.engine.process.MarkedProcesses;
import dev.solo.engine.process.ProcStat;
import dev.solo.engine.process.ProcessTree;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

@EnabledOnOs(OS.LINUX)
class LeftProcessKillerTest {

	@Test
	void killsAProcessThatIgnoresSigtermAndWhatItStartedBeforeReturning() throws Exception {
		Process shell = new ProcessBuilder("sh", "-c", "trap '' TERM; sleep 300 & wait").start();
		try {
			List<ProcessHandle> tree = awaitTree(shell.toHandle(), 2);
			LeftProcess reported = LeftProcess.of(shell.toHandle()).orElseThrow();
			List<LeftProcess> survivors = LeftProcessKiller.kill(List.of(reported), Duration.ofSeconds(5));
			assertEquals(List.of(), survivors);
			// Gone when kill returns, not eventually: a zombie waiting for its parent has ended.
			for (ProcessHandle process : tree) {
				Optional<ProcStat> stat = ProcStat.of(process.pid());
				assertTrue(stat.isEmpty() || stat.get().ended(), () -> "still running: " + ProcessTree.describe(process));
			}
		}
		finally {
			ProcessTree.terminate(shell.toHandle(), Duration.ZERO);
		}
		assertTrue(shell.waitFor(5, TimeUnit.SECONDS));
	}

	@Test
	void neverKillsAProcessThatOnlyHasTheReportedPid() throws Exception {
		Process sleep = new ProcessBuilder("sleep", "300").start();
		try {
			LeftProcess actual = LeftProcess.of(sleep.toHandle()).orElseThrow();
			// The same pid, started at another time: the process reported has gone and its pid was given again.
			LeftProcess recycled = new LeftProcess(actual.pid(), actual.startTicks() - 1, actual.commandLine());
			assertFalse(recycled.running());
			assertEquals(List.of(), LeftProcessKiller.kill(List.of(recycled), Duration.ofSeconds(1)));
			assertTrue(sleep.isAlive(), "a process that was not reported was killed");
		}
		finally {
			sleep.destroyForcibly();
		}
		assertTrue(sleep.waitFor(5, TimeUnit.SECONDS));
	}

	@Test
	void findsAnOrphanByItsAttemptsVariablesAfterItsParentEnded() throws Exception {
		String marker = UUID.randomUUID().toString();
		long since = ProcStat.of(ProcessHandle.current().pid()).orElseThrow().startTicks();
		ProcessBuilder builder = new ProcessBuilder("sh", "-c", "sleep 300 >/dev/null 2>&1 &");
		builder.environment().put("SOLO_TEST_ID", marker);
		Process shell = builder.start();
		assertTrue(shell.waitFor(10, TimeUnit.SECONDS));
		// The shell is gone, so its sleep is no one's descendant here.
		assertTrue(ProcessTree.descendants(ProcessHandle.current()).stream()
				.noneMatch(p -> p.info().commandLine().orElse("").contains("sleep 300")));
		List<LeftProcess> found = MarkedProcesses.find(Map.of("SOLO_TEST_ID", marker), since,
				ProcessHandle.current().pid());
		try {
			assertEquals(1, found.size(), found::toString);
			assertTrue(found.get(0).commandLine().endsWith("sleep 300"), found::toString);
			assertTrue(MarkedProcesses.find(Map.of("SOLO_TEST_ID", marker + "-other"), since,
					ProcessHandle.current().pid()).isEmpty(), "only whole entries match");
		}
		finally {
			assertEquals(List.of(), LeftProcessKiller.kill(found, Duration.ofSeconds(5)));
		}
		assertFalse(found.get(0).running());
	}

	private static List<ProcessHandle> awaitTree(ProcessHandle root, int size) throws InterruptedException {
		List<ProcessHandle> tree = List.of();
		for (int i = 0; i < 100 && tree.size() < size; i++) {
			Thread.sleep(20);
			tree = ProcessTree.withDescendants(root);
		}
		assertTrue(tree.size() >= size, "started: " + tree);
		return tree;
	}
}
