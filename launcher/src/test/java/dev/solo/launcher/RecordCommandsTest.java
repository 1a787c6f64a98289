package dev.solo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record, replay, rerun, as a user goes through them: solo as a process (the store is found
 * through {@code SOLO_CACHE_DIR}, which an in-process run cannot set), in one working directory,
 * so every run lands in the same workspace's store. Needs the engine's recorder.
 */
class RecordCommandsTest {
	private static final String FIXTURE = "dev.solo.launcher.fixtures.RecordFixture";
	private static final Duration TIMEOUT = Duration.ofMinutes(2);

	@TempDir
	Path work;

	@TempDir
	Path cache;

	@Test
	void aReplayShowsTheRunLineForLineAfterItsHeader() throws Exception {
		Result run = solo("run", "-cp", CliRun.TEST_CLASSES, "--select-class", FIXTURE, "--color", "never",
				"--success-output", "immediate", "--final-status-level", "all");
		assertEquals(ExitCodes.TEST_RUN_FAILED, run.code(), run.all());
		Result replay = solo("replay", "--color", "never", "--no-pager", "--success-output", "immediate",
				"--final-status-level", "all");
		assertEquals(ExitCodes.OK, replay.code(), replay.all());
		List<String> lines = replay.out().lines().toList();
		String runId = runId(run.out());
		assertEquals("   Replaying recorded run " + runId, lines.get(0), replay.out());
		assertTrue(lines.get(1).matches(" {5}Started \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d status: completed"),
				replay.out());
		assertEquals("────────────", lines.get(2));
		assertEquals(run.out().lines().toList(), lines.subList(3, lines.size()));
		// Other options show the same run otherwise: no output, failures only.
		Result quiet = solo("replay", "-R", runId.substring(0, 8), "--color", "never", "--no-pager", "--status-level",
				"fail", "--failure-output", "never");
		assertEquals(ExitCodes.OK, quiet.code(), quiet.all());
		assertTrue(!quiet.out().contains("PASS [") && quiet.out().contains("FAIL [")
				&& !quiet.out().contains("alpha looks for its fix"), quiet.out());
	}

	@Test
	void rerunsConvergeOnWhatFailedAndTheStoreShowsTheChain() throws Exception {
		Result first = solo("run", "-cp", CliRun.TEST_CLASSES, "--select-class", FIXTURE, "--color", "never");
		assertEquals(ExitCodes.TEST_RUN_FAILED, first.code(), first.all());

		Files.createFile(work.resolve("fixed-alpha"));
		Result alpha = solo("run", "-cp", CliRun.TEST_CLASSES, "--select-class", FIXTURE, "--color", "never",
				"-R", "latest", "alpha");
		assertEquals(ExitCodes.RERUN_TESTS_OUTSTANDING, alpha.code(), alpha.all());
		List<String> lines = alpha.out().lines().toList();
		assertTrue(alpha.out().contains("    Starting 1 test across 1 class (4 tests skipped, including 3 tests that"
				+ " already passed)\n"), alpha.out());
		int note = lines.indexOf("        Note 1 outstanding test not seen during this rerun:");
		assertTrue(note > 0, alpha.out());
		assertEquals("                 " + FIXTURE + " beta()", lines.get(note + 1));
		assertEquals(List.of("warning: 1 outstanding test still remains",
				"(hint: solo run -R latest to continue rerunning)"), lines.subList(note + 2, lines.size()));

		Files.createFile(work.resolve("fixed-beta"));
		Result beta = solo("run", "-cp", CliRun.TEST_CLASSES, "--select-class", FIXTURE, "--color", "never",
				"-R", "latest");
		assertEquals(ExitCodes.OK, beta.code(), beta.all());
		assertTrue(beta.out().contains("(4 tests skipped that already passed)\n"), beta.out());
		assertTrue(beta.out().contains(FIXTURE + " beta()") && !beta.out().contains(FIXTURE + " alpha()"), beta.out());
		assertTrue(beta.out().endsWith("info: no outstanding tests remain\n"), beta.out());

		// Rewound to the first run, both of its failures run again, and pass now.
		Result rewound = solo("run", "-cp", CliRun.TEST_CLASSES, "--select-class", FIXTURE, "--color", "never",
				"-R", runId(first.out()).substring(0, 8));
		assertEquals(ExitCodes.OK, rewound.code(), rewound.all());
		assertTrue(rewound.out().contains("Starting 2 tests across 1 class (3 tests skipped that already passed)"),
				rewound.out());

		Result list = solo("store", "list", "--color", "never");
		assertEquals(ExitCodes.OK, list.code(), list.all());
		List<String> tree = list.out().lines().toList();
		assertEquals("4 recorded runs:", tree.get(0), list.out());
		assertTrue(tree.get(1).startsWith(runId(first.out()).substring(0, 8) + " "), list.out());
		assertTrue(tree.get(2).startsWith("├─" + runId(rewound.out()).substring(0, 8)) && tree.get(2).endsWith("*latest"),
				list.out());
		assertTrue(tree.get(3).startsWith("└─" + runId(alpha.out()).substring(0, 8)), list.out());
		assertTrue(tree.get(4).startsWith("  " + runId(beta.out()).substring(0, 8)), list.out());
		assertTrue(tree.get(1).contains(" 3 passed / 2 failed"), list.out());
		assertEquals("─────────", tree.get(5));

		Result info = solo("store", "info", runId(alpha.out()).substring(0, 8));
		assertEquals(ExitCodes.OK, info.code(), info.all());
		assertTrue(info.out().startsWith("Run " + runId(alpha.out()) + "\n"), info.out());
		assertTrue(info.out().contains("  rerun of:        " + runId(first.out()) + "\n"), info.out());
		// The code the rerun exited with: 5, if the engine counts its advisory; at least not a failure.
		assertTrue(info.out().matches("(?s).*\n  status:          completed \\(exit code [05]\\)\n.*"), info.out());
		assertTrue(info.out().contains("  replayable:      yes\n"), info.out());

		Result prune = solo("store", "prune", "--dry-run");
		assertEquals(ExitCodes.OK, prune.code(), prune.all());
		assertEquals("info: no runs to prune\n", prune.out());
	}

	@Test
	void aRerunOfAFilteredRunRunsItsFailureNotEveryTestOutsideTheFilter() throws Exception {
		String passing = "dev.solo.launcher.fixtures.PassingFixture";
		Result first = solo("run", "-cp", CliRun.TEST_CLASSES, "--select-class", FIXTURE, "--color", "never",
				"-E", "method(=one) | method(=alpha) | method(=first)");
		assertEquals(ExitCodes.TEST_RUN_FAILED, first.code(), first.all());
		assertTrue(first.out().contains("2 tests run: 1 passed, 1 failed"), first.out());

		// PassingFixture is new to the chain: its first() matches the recorded filter and runs, its
		// second() does not; RecordFixture's two(), three() and beta() were filtered out, not new.
		Result rerun = solo("run", "-cp", CliRun.TEST_CLASSES, "--select-class", FIXTURE, "--select-class", passing,
				"--color", "never", "-R", "latest");
		assertEquals(ExitCodes.TEST_RUN_FAILED, rerun.code(), rerun.all());
		assertTrue(rerun.out().contains("    Starting 2 tests across 2 classes (1 test skipped that already passed)\n"),
				rerun.out());
		assertTrue(rerun.out().contains(FIXTURE + " alpha()") && rerun.out().contains(passing + " first()"), rerun.out());
		for (String outside : List.of(" one()", " two()", " three()", " beta()", " second()")) {
			assertTrue(!rerun.out().contains(outside + "\n"), outside + " must not run:\n" + rerun.out());
		}
		assertTrue(rerun.out().contains("2 tests run: 1 passed, 1 failed, 1 skipped"), rerun.out());

		// A rerun of the rerun keeps the chain's filter, the first run's: beta() still is not the chain's.
		Files.createFile(work.resolve("fixed-alpha"));
		Result fixed = solo("run", "-cp", CliRun.TEST_CLASSES, "--select-class", FIXTURE, "--color", "never",
				"-R", "latest");
		assertEquals(ExitCodes.OK, fixed.code(), fixed.all());
		// one() skipped that already passed, and PassingFixture first(), which passed but is not selected now.
		assertTrue(fixed.out().contains("1 test run: 1 passed, 2 skipped"), fixed.out());
		assertTrue(fixed.out().endsWith("info: no outstanding tests remain\n") && !fixed.out().contains(" beta()"),
				fixed.out());
	}

	@Test
	void aReplayAsJUnitXmlAndRunsThatCannotBeNamed() throws Exception {
		Result none = solo("replay", "--no-pager");
		assertEquals(ExitCodes.SETUP_ERROR, none.code(), none.all());
		assertTrue(none.err().startsWith("error: "), none.all());
		Result run = solo("run", "-cp", CliRun.TEST_CLASSES, "--select-class", FIXTURE, "--color", "never");
		assertEquals(ExitCodes.TEST_RUN_FAILED, run.code(), run.all());
		Path xml = work.resolve("replayed.xml");
		Result junit = solo("replay", "--junit", xml.toString());
		assertEquals(ExitCodes.OK, junit.code(), junit.all());
		assertTrue(junit.err().contains("JUnit XML written to " + xml), junit.all());
		String report = Files.readString(xml);
		assertTrue(report.contains("testcase name=\"alpha\"") && report.contains("alpha is not fixed yet"), report);
		Result unknown = solo("store", "info", "zzzz");
		assertEquals(ExitCodes.SETUP_ERROR, unknown.code(), unknown.all());
		assertEquals(1, unknown.err().lines().count(), unknown.err());
		assertTrue(unknown.err().startsWith("error: "), unknown.err());
	}

	@Test
	void aShardsReplayAsJUnitXmlNamesItsShardAsItsRunsReportDid() throws Exception {
		Result run = solo("run", "-cp", CliRun.TEST_CLASSES, "--select-class", FIXTURE, "--color", "never",
				"--partition", "hash:1/2");
		assertTrue(run.code() == ExitCodes.OK || run.code() == ExitCodes.TEST_RUN_FAILED, run.all());
		Path xml = work.resolve("shard.xml");
		Result junit = solo("replay", "--junit", xml.toString());
		assertEquals(ExitCodes.OK, junit.code(), junit.all());
		// What `report merge` reads to know the shard, and to tell one missing.
		String report = Files.readString(xml);
		assertTrue(report.contains("<property name=\"solo.partition\" value=\"hash:1/2\""), report);
	}

	private record Result(int code, String out, String err) {
		String all() {
			return "stdout:\n" + out + "\nstderr:\n" + err;
		}
	}

	/** solo in the test's working directory, its store in the test's cache. */
	private Result solo(String... args) throws IOException, InterruptedException {
		List<String> all = new ArrayList<>(List.of(args));
		try (CliProcess process = CliProcess.start(work, Map.of("SOLO_CACHE_DIR", cache.toString(), "NO_COLOR", "1"),
				all.toArray(new String[0]))) {
			int code = process.waitFor(TIMEOUT);
			return new Result(code, process.out(), process.err());
		}
	}

	private static String runId(String out) {
		String line = out.lines().filter(l -> l.contains(" run ID ")).findFirst()
				.orElseThrow(() -> new AssertionError("no run ID in\n" + out));
		return line.trim().split(" ")[3];
	}
}
