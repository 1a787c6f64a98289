package dev.solo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code solo run} as a real process, cancelled by real signals: its tests' JVMs and the
 * processes those started must all be gone when it ends, and its exit code is 106.
 */
@EnabledOnOs({ OS.LINUX, OS.MAC })
class SignalTest {
	private static final String HOLDING = "dev.solo.launcher.fixtures.HoldingFixture";
	private static final Duration START = Duration.ofSeconds(60);
	private static final Predicate<ProcessHandle> SLEEP = p -> p.info().command().map(c -> c.endsWith("/sleep"))
			.orElse(false);

	/**
	 * Starts solo with SIGINT at its default. A process started in the background by a script
	 * (Maven under CI, say) ignores SIGINT and hands that on, and a JVM that starts with SIGINT
	 * ignored leaves it so: solo would never see the Ctrl-C these tests send. Perl is in every
	 * Linux base system; its exec keeps the disposition it set.
	 */
	private static final List<String> DEFAULT_SIGINT = List.of("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die \"$!\"");

	@TempDir
	Path workingDirectory;

	@Test
	void ctrlCCancelsTheRunEndsEveryProcessItStartedAndExits106() throws Exception {
		try (CliProcess solo = holding()) {
			List<ProcessHandle> tests = solo.awaitDescendants(SLEEP, 2, START);
			solo.signal("INT");
			assertEquals(ExitCodes.INCOMPLETE_RUN, solo.waitFor(Duration.ofSeconds(30)), solo.out() + solo.err());
			assertCancelled(solo, "interrupt", tests);
		}
	}

	@Test
	void sigtermDoesTheSameNamingTheSignal() throws Exception {
		try (CliProcess solo = holding()) {
			List<ProcessHandle> tests = solo.awaitDescendants(SLEEP, 2, START);
			solo.signal("TERM");
			assertEquals(ExitCodes.INCOMPLETE_RUN, solo.waitFor(Duration.ofSeconds(30)), solo.out() + solo.err());
			assertCancelled(solo, "signal", tests);
		}
	}

	/**
	 * A terminal sends Ctrl-C's SIGINT to its whole foreground process group: the test JVMs die
	 * of it themselves, and may do so before solo has cancelled the run. They are still cancelled
	 * tests, not crashed ones. Here they get it first, for sure; then the group gets it, as from
	 * a terminal. {@code setsid} gives solo a group of its own, as a shell gives each job.
	 */
	@Test
	void ctrlCAtATerminalReachesTheTestJvmsTooAndTheyAreCancelledNotCrashed() throws Exception {
		assertTrue(Files.isExecutable(Path.of("/usr/bin/setsid")) || Files.isExecutable(Path.of("/bin/setsid")),
				"this test needs setsid (util-linux) to give solo a process group of its own");
		List<String> wrapper = new ArrayList<>(List.of("setsid"));
		wrapper.addAll(DEFAULT_SIGINT);
		try (CliProcess solo = CliProcess.start(workingDirectory, wrapper, "run", "-cp", CliRun.TEST_CLASSES,
				"--select-class", HOLDING, "-j", "2", "--color", "never")) {
			List<ProcessHandle> tests = solo.awaitDescendants(SLEEP, 2, START);
			List<ProcessHandle> testJvms = tests.stream().map(ProcessHandle::parent).flatMap(Optional::stream).toList();
			List<String> kill = new ArrayList<>(List.of("-INT"));
			testJvms.forEach(jvm -> kill.add(String.valueOf(jvm.pid())));
			CliProcess.kill(kill.toArray(new String[0]));
			for (ProcessHandle testJvm : testJvms) {
				testJvm.onExit().get(10, TimeUnit.SECONDS);
			}
			// Within the second a test JVM that died of SIGINT waits for the run's cancellation.
			solo.signalGroup("INT");
			assertEquals(ExitCodes.INCOMPLETE_RUN, solo.waitFor(Duration.ofSeconds(30)), solo.out() + solo.err());
			assertCancelled(solo, "interrupt", tests);
		}
	}

	/**
	 * The first signal gives a test JVM the grace period to end on SIGTERM; this one does not
	 * end on it, so solo waits. A second signal kills everything at once.
	 */
	@Test
	void aSecondSignalKillsEveryProcessAtOnce() throws Exception {
		try (CliProcess solo = CliProcess.start(workingDirectory, "run", "-cp", CliRun.TEST_CLASSES, "--select-class",
				"dev.solo.launcher.fixtures.StubbornFixture", "--color", "never",
				"--config", "solo.slow-timeout.grace-period=120s")) {
			List<ProcessHandle> before = solo.awaitDescendants(SLEEP, 1, START);
			solo.signal("TERM");
			solo.await(() -> solo.err().contains("Cancelling due to signal: 1 test still running"),
					Duration.ofSeconds(10), "Cancelling line");
			// The test's own process goes with its JVM's shutdown; the JVM itself holds on.
			for (ProcessHandle sleep : before) {
				sleep.onExit().get(10, TimeUnit.SECONDS);
			}
			Thread.sleep(1_000);
			assertTrue(solo.isAlive(), "the first signal's grace period has not passed: " + solo.out() + solo.err());
			long secondSignal = System.nanoTime();
			solo.signal("TERM");
			assertEquals(ExitCodes.INCOMPLETE_RUN, solo.waitFor(Duration.ofSeconds(20)), solo.out() + solo.err());
			long took = Duration.ofNanos(System.nanoTime() - secondSignal).toMillis();
			assertTrue(took < 15_000, "the second signal took " + took + " ms to end the run");
			assertTrue(solo.err().contains("     Killing due to second signal: 1 test still running"), solo.err());
			assertEquals(List.of(), solo.survivors(Duration.ofSeconds(2)), "left running");
			assertFalse(solo.seen().isEmpty());
		}
	}

	private CliProcess holding() throws IOException {
		return CliProcess.start(workingDirectory, DEFAULT_SIGINT, "run", "-cp", CliRun.TEST_CLASSES, "--select-class", HOLDING, "-j",
				"2", "--color", "never");
	}

	/**
	 * Two tests were running and are cancelled, the third never started; each is reported, then
	 * the summary, then nextest's warning; and nothing solo started is left, the processes the
	 * running tests started ({@code tests}) included.
	 */
	private static void assertCancelled(CliProcess solo, String reason, List<ProcessHandle> tests)
			throws InterruptedException {
		String out = solo.out();
		String err = solo.err();
		for (String test : List.of("first()", "second()", "third()")) {
			assertTrue(out.matches("(?s).*\\n +CANCEL .*HoldingFixture " + java.util.regex.Pattern.quote(test) + ".*"),
					test + " is not reported cancelled:\n" + out);
		}
		assertFalse(out.contains("FAIL") || out.contains("ABORT") || out.contains("PASS"), out);
		int summary = out.indexOf("────────────");
		for (String test : List.of("first()", "second()", "third()")) {
			// Reported as it ends; the final status list after the summary may repeat it.
			assertTrue(out.indexOf("HoldingFixture " + test) < summary, test + " is reported before the summary:\n" + out);
		}
		assertTrue(out.substring(summary).contains("3 not run"), out);
		assertTrue(err.contains("  Cancelling due to " + reason + ": 2 tests still running"), err);
		assertTrue(err.contains("warning: 3/3 tests were not run due to " + reason), err);
		assertTrue(solo.seen().containsAll(tests), "the tests' own processes were seen among solo's");
		assertTrue(solo.seen().size() > tests.size(), "the test JVMs were seen too: " + solo.seen());
		assertEquals(List.of(), solo.survivors(Duration.ofSeconds(2)), "left running");
	}
}
