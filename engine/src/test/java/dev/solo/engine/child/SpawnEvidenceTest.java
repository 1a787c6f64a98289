package dev.solo.engine.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class SpawnEvidenceTest {
	private static final Set<String> AT_START = Set.of("/usr/lib/x86_64-linux-gnu/libc.so.6");

	@Test
	void noReaperNoChildOfTheFirstThreadAndNoNewLibraryMeanNoProcessLeft() {
		assertFalse(SpawnEvidence.any(List.of("main", "Reference Handler", "Common-Cleaner"), "\n", AT_START, AT_START));
	}

	@Test
	void aJdkReaperThreadMeansAProcessStartedThroughProcessBuilder() {
		assertTrue(SpawnEvidence.any(List.of("main", "process reaper (pid 4242)"), "", AT_START, AT_START));
		assertTrue(SpawnEvidence.any(List.of("process reaper"), "", AT_START, AT_START));
	}

	@Test
	void aChildOfTheFirstThreadCounts() {
		assertTrue(SpawnEvidence.any(List.of("main"), "4242 ", AT_START, AT_START));
	}

	@Test
	void aLibraryMappedAfterTheStartCountsAsNativeCodeThatMayHaveSpawned() {
		assertTrue(SpawnEvidence.any(List.of("main"), "", AT_START,
				Set.of("/usr/lib/x86_64-linux-gnu/libc.so.6", "/tmp/jna-123/jna456.tmp.so")));
	}

	@Test
	void whatCouldNotBeReadCountsAsEvidence() {
		assertTrue(SpawnEvidence.any(List.of("main"), null, AT_START, AT_START));
		assertTrue(SpawnEvidence.any(List.of("main"), "", null, AT_START));
		assertTrue(SpawnEvidence.any(List.of("main"), "", AT_START, null));
	}

	@Test
	void foreignLibrariesAreTheSharedObjectsOutsideJavaHome() {
		String maps = String.join("\n",
				"7f00 r-xp 00000000 fd:01 11 /opt/jdk/lib/server/libjvm.so",
				"7f01 r-xp 00000000 fd:01 12 /usr/lib/x86_64-linux-gnu/libc.so.6",
				"7f02 r--p 00000000 fd:01 13 /tmp/jna-1/jna77.tmp.so (deleted)",
				"7f03 rw-p 00000000 00:00 0 [heap]",
				"7f04 r--s 00000000 fd:01 14 /opt/jdk/lib/modules",
				"7f05 r--p 00000000 fd:01 15 /home/u/.cache/solo/jvm/archive.jsa",
				"7f06 rw-p 00000000 00:00 0");
		assertEquals(Set.of("/usr/lib/x86_64-linux-gnu/libc.so.6", "/tmp/jna-1/jna77.tmp.so (deleted)"),
				SpawnEvidence.foreignLibraries(maps, "/opt/jdk"));
	}

	@Test
	@EnabledOnOs(OS.LINUX)
	void aProcessThisJvmStartedIsSeen() throws IOException, InterruptedException {
		SpawnEvidence before = SpawnEvidence.beforeTheTest();
		Process sleep = new ProcessBuilder("sleep", "30").start();
		try {
			sleep.onExit();
			assertTrue(before.anyAfter(Thread.getAllStackTraces().keySet(), ProcessHandle.current().pid()));
		}
		finally {
			sleep.destroyForcibly();
			assertTrue(sleep.waitFor(10, TimeUnit.SECONDS), "sleep is left running");
		}
	}
}
