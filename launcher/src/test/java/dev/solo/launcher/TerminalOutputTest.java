package dev.solo.launcher;

import static dev.solo.launcher.CliRun.TEST_CLASSES;
import static dev.solo.launcher.SoloProcess.solo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.solo.launcher.SoloProcess.Result;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * {@code solo run}'s human output as a user sees it, solo a process of its own: in a pipe
 * (plain lines) and under a pseudo-terminal from util-linux {@code script} (colours and the bar).
 */
class TerminalOutputTest {
	private static final String FAILING = "dev.solo.launcher.fixtures.FailingFixture";
	private static final String PASSING = "dev.solo.launcher.fixtures.PassingFixture";
	private static final String SLEEPING = "dev.solo.launcher.fixtures.SleepingFixture";
	private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;]*[A-Za-z]");
	private static final Pattern SGR = Pattern.compile("\u001b\\[[0-9;]*m");
	private static final String ERASE = "\r\u001b[K";
	/** Each run has a fresh cache (SoloProcess): without class-data sharing it costs no archive to build first. */
	private static final String[] FRESH = { "--config", "solo.class-data-sharing=false" };

	@Test
	void inAPipeEachTestIsOnePlainLineWithItsCounterAndFailuresAreListedAgainAfterTheSummary() throws Exception {
		Result result = SoloProcess.run(solo("run", "-cp", TEST_CLASSES, "--select-class", FAILING, "--select-class",
				PASSING, "-j", "1", "--failure-output", "never", FRESH[0], FRESH[1]), Map.of());
		assertEquals(ExitCodes.TEST_RUN_FAILED, result.code(), result.out() + result.err());
		assertFalse(result.out().contains("\u001b") || result.err().contains("\u001b"), result.out() + result.err());
		List<String> lines = plain(result.out());
		assertEquals(9, lines.size(), result.out());
		assertEquals(List.of(
				"        Solo run ID <id> with profile: default",
				"    Starting 4 tests across 2 classes"), lines.subList(0, 2));
		// The scheduler picks the order (warm starts, durations of earlier runs); the counter follows it.
		List<String> tests = lines.subList(2, 6);
		for (int i = 0; i < tests.size(); i++) {
			assertTrue(tests.get(i).contains("] (" + (i + 1) + "/4) dev.solo."), result.out());
		}
		assertEquals(Set.of(
				"        PASS [<time>] dev.solo.launcher.fixtures.FailingFixture passes()",
				"        FAIL [<time>] dev.solo.launcher.fixtures.FailingFixture fails()",
				"        PASS [<time>] dev.solo.launcher.fixtures.PassingFixture first()",
				"        PASS [<time>] dev.solo.launcher.fixtures.PassingFixture second()"), withoutCounters(tests));
		String failed = tests.stream().filter(line -> line.contains("FAIL")).findFirst().orElseThrow();
		assertEquals(List.of(
				"────────────",
				"     Summary [<time>] 4 tests run: 3 passed, 1 failed",
				failed), lines.subList(6, 9));
		assertEquals("    JUnit XML written to target/solo/default/junit.xml\n"
				+ "    Open Test Reporting XML written to target/solo/default/open-test-report.xml\n"
				+ "    HTML report written to target/solo/default/report.html\n", result.err());
	}

	@Test
	void inAPipeStatusLevelFailHidesPassesAndFinalStatusLevelPassListsEveryTestWithoutACounter() throws Exception {
		Result result = SoloProcess.run(solo("run", "-cp", TEST_CLASSES, "--select-class", FAILING, "--select-class",
				PASSING, "-j", "1", "--failure-output", "never", "--status-level", "fail", "--final-status-level", "pass",
				"--show-progress", "none", FRESH[0], FRESH[1]), Map.of());
		assertEquals(ExitCodes.TEST_RUN_FAILED, result.code(), result.out() + result.err());
		List<String> lines = plain(result.out());
		assertEquals(9, lines.size(), result.out());
		assertEquals(List.of(
				"        Solo run ID <id> with profile: default",
				"    Starting 4 tests across 2 classes",
				"        FAIL [<time>] dev.solo.launcher.fixtures.FailingFixture fails()",
				"────────────",
				"     Summary [<time>] 4 tests run: 3 passed, 1 failed"), lines.subList(0, 5));
		// Listed again: the passes in the order they ended, the failure last.
		assertEquals(Set.of(
				"        PASS [<time>] dev.solo.launcher.fixtures.FailingFixture passes()",
				"        PASS [<time>] dev.solo.launcher.fixtures.PassingFixture first()",
				"        PASS [<time>] dev.solo.launcher.fixtures.PassingFixture second()"), Set.copyOf(lines.subList(5, 8)));
		assertEquals("        FAIL [<time>] dev.solo.launcher.fixtures.FailingFixture fails()", lines.get(8));
	}

	@Test
	void onATerminalLinesAreColouredAndTheBarIsDrawnBelowThemRedrawnByItsClockAndClearedBeforeTheSummary()
			throws Exception {
		Result result = SoloProcess.run(underTerminal(solo("run", "-cp", TEST_CLASSES, "--select-class", SLEEPING,
				"--select-class", PASSING, "--select-class", FAILING, "--failure-output", "never", FRESH[0], FRESH[1])),
				Map.of("TERM", "xterm-256color", "COLUMNS", "120"));
		String out = result.out();
		assertEquals(ExitCodes.TEST_RUN_FAILED, result.code(), out + result.err());
		assertTrue(out.contains("\u001b[32;1mPASS\u001b[0m") && out.contains("\u001b[31;1mFAIL\u001b[0m"), out);
		assertTrue(out.contains("     \u001b[32;1mRunning\u001b[0m [00:00:00] ["), out);
		// The sleeping test keeps the run going for two seconds without an event: only the timer moves the clock.
		assertTrue(Pattern.compile("Running\u001b\\[0m \\[00:00:0[12]\\]").matcher(out).find(), out);
		int summary = out.indexOf("Summary");
		assertTrue(summary > 0, out);
		int firstLine = out.indexOf("PASS\u001b");
		assertTrue(firstLine > 0 && out.indexOf("Running", firstLine) < summary, "no bar again after a line: " + out);
		int lastBar = out.lastIndexOf("Running");
		assertTrue(lastBar < out.lastIndexOf(ERASE, summary), "the bar was not erased before the summary: " + out);
		assertEquals("Summary [<time>] 5 tests run: 4 passed, 1 failed",
				plain(SGR.matcher(out.substring(summary)).replaceAll("")).get(0));
		// Before the summary, while the bar is up; after it, failures are listed again on a clean screen.
		for (String line : out.substring(0, summary).split("\n")) {
			if (line.contains("PASS\u001b") || line.contains("FAIL\u001b")) {
				// A status line is printed on an erased line and ends it: the bar never shares it.
				String printed = line.substring(line.lastIndexOf("\u001b[K") + 3);
				assertTrue(line.startsWith(ERASE) || line.contains("\u001b[K" + ERASE), "not erased first: " + line);
				assertTrue(printed.matches("\\s+\u001b\\[3[12];1m(PASS|FAIL)\u001b\\[0m \\[ *\\d+\\.\\d{3}s\\] .*\r?"),
						"garbled: " + printed);
			}
		}
	}

	@Test
	void onATerminalNoColorTurnsColoursOffAndTheCounterTakesThePlaceOfTheBar() throws Exception {
		Result result = SoloProcess.run(underTerminal(solo("run", "-cp", TEST_CLASSES, "--select-class", PASSING,
				"--show-progress", "counter", FRESH[0], FRESH[1])), Map.of("TERM", "xterm-256color", "NO_COLOR", "1"));
		String out = result.out();
		assertEquals(ExitCodes.OK, result.code(), out + result.err());
		assertFalse(ANSI.matcher(out).find(), out);
		assertFalse(out.contains("Running ["), out);
		assertTrue(out.contains("(1/2) dev.solo.launcher.fixtures.PassingFixture")
				&& out.contains("(2/2) dev.solo.launcher.fixtures.PassingFixture"), out);
		assertTrue(out.contains("Summary ["), out);
	}

	/** {@code command} under a pseudo-terminal: {@code script -qefc '<command>' /dev/null}, its exit code solo's. */
	private static List<String> underTerminal(List<String> command) {
		String script = onPath("script");
		String quoted = command.stream().map(arg -> "'" + arg.replace("'", "'\\''") + "'")
				.collect(Collectors.joining(" "));
		return new ArrayList<>(List.of(script, "-qefc", quoted, "/dev/null"));
	}

	private static String onPath(String program) {
		for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			Path candidate = Path.of(folder, program);
			if (Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		return fail("the pseudo-terminal tests need util-linux script(1), which is not on PATH ("
				+ System.getenv("PATH") + ")");
	}

	private static Set<String> withoutCounters(List<String> lines) {
		return lines.stream().map(line -> line.replaceFirst("\\] \\(\\d/4\\) ", "] ")).collect(Collectors.toSet());
	}

	/** The lines of {@code out} with the run id and the times, which change with every run, written as placeholders. */
	private static List<String> plain(String out) {
		return out.lines()
				.map(line -> line.replaceAll("run ID [0-9a-f-]{36}", "run ID <id>")
						.replaceAll("\\[ *\\d+\\.\\d{3}s\\]", "[<time>]"))
				.toList();
	}
}
