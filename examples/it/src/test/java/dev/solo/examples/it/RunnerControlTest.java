package dev.solo.examples.it;

import static dev.solo.examples.it.support.SoloAssertions.assertFailedWith;
import static dev.solo.examples.it.support.SoloAssertions.assertNothingLeftBehind;
import static dev.solo.examples.it.support.SoloAssertions.assertStatus;
import static dev.solo.examples.it.support.TestCaseResult.Status.PASSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;
import dev.solo.examples.it.support.KillLeftovers;
import dev.solo.examples.it.support.PidRecords;
import dev.solo.examples.it.support.Processes;
import dev.solo.examples.it.support.TestCaseResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What Solo does as a runner, beyond running tests: timeouts, retries, leak handling, output
 * streaming, and cleaning up when the host itself is terminated. Each test is one
 * console-standalone run against one fixture class.
 */
@Tag("runner-control")
@ExtendWith(KillLeftovers.class)
class RunnerControlTest {

    private static List<String> soloOn(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--config", "solo.enabled=true", "--config", "solo.test-threads=2"));
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void hangingTestIsTimedOutWithAThreadDump() {
        HostRun run = Host.console(ItEnv.currentConsoleJar(), List.of(), soloOn(
                "--select-class", ItEnv.FIXTURES + "HangTest",
                "--config", "solo.slow-timeout=1s",
                "--config", "solo.slow-timeout.terminate-after=2",
                "--config", "solo.slow-timeout.grace-period=1s"))
                .timeout(Duration.ofSeconds(60))
                .run();
        assertFalse(run.timedOut(), run::describe);
        // 2 x 1s slow periods + 1s grace, plus JVM start-ups: comfortably below 15s.
        assertTrue(run.duration().compareTo(Duration.ofSeconds(15)) < 0,
                () -> "host took " + run.duration().toMillis() + " ms\n" + run.describe());
        TestCaseResult hang = run.reports().get("HangTest", "hangsIgnoringInterrupts()");
        assertFailedWith(hang, "TIMEOUT", "hangsIgnoringInterrupts");
        String message = hang.message() == null || hang.message().isEmpty() ? hang.details() : hang.message();
        assertTrue(message.startsWith("TIMEOUT"), () -> "failure message should start with TIMEOUT:\n" + hang.everything());
        assertEquals(1, run.exitCode(), run::describe);
        assertNothingLeftBehind(run, Duration.ofSeconds(5));
    }

    @Test
    void flakyTestPassesOnRetryInAFreshJvm() {
        HostRun run = Host.console(ItEnv.currentConsoleJar(), List.of(), soloOn(
                "--select-class", ItEnv.FIXTURES + "FlakyTest",
                "--config", "solo.retries=1"))
                .timeout(Duration.ofSeconds(60))
                .run();
        assertFalse(run.timedOut(), run::describe);
        assertStatus(PASSED, run.reports().get("FlakyTest", "failsOnFirstAttempt()"));
        assertEquals(0, run.exitCode(), run::describe);
        List<PidRecords.Attempt> attempts = run.pids().attempts("FlakyTest.failsOnFirstAttempt");
        assertEquals(2, attempts.size(), () -> "expected two attempts: " + run.pids());
        assertEquals(1, attempts.get(0).attempt());
        assertEquals(2, attempts.get(1).attempt());
        assertNotEquals(attempts.get(0).pid(), attempts.get(1).pid(), "a retry must get a fresh JVM");
        assertNothingLeftBehind(run, Duration.ofSeconds(5));
    }

    @Test
    void leakedProcessesAndThreadsAreCleanedUp() {
        HostRun run = Host.console(ItEnv.currentConsoleJar(), List.of(), soloOn(
                "--select-class", ItEnv.FIXTURES + "LeakTest"))
                .timeout(Duration.ofSeconds(60))
                .run();
        assertFalse(run.timedOut(), run::describe);
        // Leaks do not fail tests by default.
        assertStatus(PASSED, run.reports().get("LeakTest", "leaksSleepProcess()"));
        assertStatus(PASSED, run.reports().get("LeakTest", "leaksNonDaemonThread()"));
        assertEquals(0, run.exitCode(), run::describe);
        Long sleep = run.pids().extra("LeakTest.leaksSleepProcess", "sleep");
        assertNotNull(sleep, () -> "the fixture did not record its sleep pid: " + run.pids());
        // Gone as the host exits, not eventually: it was killed before its test was reported.
        assertFalse(Processes.isRunning(sleep),
                () -> "leaked 'sleep 300' (pid " + sleep + ") still running: " + Processes.commandLine(sleep));
        assertTrue(run.reports().get("LeakTest", "leaksSleepProcess()").allSystemOut().contains("LEAK: process " + sleep + " "),
                () -> "the leak names the sleep: " + run.reports().get("LeakTest", "leaksSleepProcess()").allSystemOut());
        // A thread left running is not a leaked process: the JVM ends anyway, as Surefire's fork does.
        assertFalse(run.reports().get("LeakTest", "leaksNonDaemonThread()").allSystemOut().contains("LEAK"),
                () -> run.reports().get("LeakTest", "leaksNonDaemonThread()").allSystemOut());
        assertNothingLeftBehind(run, Duration.ofSeconds(5));
    }

    @Test
    void twoHundredMebibytesOfStdoutThroughASmallHeapHost() {
        HostRun run = Host.console(ItEnv.currentConsoleJar(), List.of("-Xmx256m"), soloOn(
                "--select-class", ItEnv.FIXTURES + "FloodTest"))
                .discardStdout()
                .timeout(Duration.ofSeconds(120))
                .run();
        assertFalse(run.timedOut(), run::describe);
        assertFalse(run.stderrText().contains("OutOfMemoryError"), run::describe);
        assertStatus(PASSED, run.reports().get("FloodTest", "prints200MiB()"));
        assertEquals(0, run.exitCode(), run::describe);
        assertNothingLeftBehind(run, Duration.ofSeconds(5));
    }

    @Test
    void sigtermToTheHostTakesItsChildJvmsDown() {
        AtomicReference<String> problem = new AtomicReference<>();
        Host host = Host.console(ItEnv.currentConsoleJar(), List.of(), soloOn(
                "--select-class", ItEnv.FIXTURES + "HangTest",
                // Long enough that only the SIGTERM can end this run.
                "--config", "solo.slow-timeout=60s"));
        HostRun run = host
                .timeout(Duration.ofSeconds(30))
                .whileRunning(process -> {
                    Long child = awaitHangingChild(host, process, problem);
                    if (child == null) {
                        return;
                    }
                    List<Processes.Proc> children = Processes.leftovers(host.marker());
                    if (children.stream().noneMatch(p -> p.pid() == child && p.isSoloChild())) {
                        problem.set("the fixture's JVM " + child + " (" + Processes.commandLine(child)
                                + ") is not among the marked Solo children " + children);
                    }
                    process.destroy(); // SIGTERM
                })
                .run();
        assertEquals(null, problem.get(), () -> problem.get() + "\n" + run.describe());
        assertFalse(run.timedOut(), () -> "host did not exit within 30s of SIGTERM\n" + run.describe());
        long child = run.pids().attempts("HangTest.hangsIgnoringInterrupts").get(0).pid();
        if (!Processes.await(Duration.ofSeconds(5), () -> !Processes.isRunning(child) && Processes.leftovers(run.marker()).isEmpty())) {
            fail("5s after SIGTERM to host " + run.hostPid() + " its child JVM " + child + " is "
                    + (Processes.isRunning(child) ? "still running" : "gone") + "; marked leftovers: "
                    + Processes.leftovers(run.marker()) + "\n" + run.describe());
        }
    }

    @Test
    void sigkillToTheHostStillTakesItsChildJvmsDown() {
        // A host killed with SIGKILL runs no shutdown hook; the child must notice its parent is gone.
        AtomicReference<String> problem = new AtomicReference<>();
        AtomicReference<Long> child = new AtomicReference<>();
        Host host = Host.console(ItEnv.currentConsoleJar(), List.of(), soloOn(
                "--select-class", ItEnv.FIXTURES + "HangTest",
                "--config", "solo.slow-timeout=60s"));
        HostRun run = host
                .timeout(Duration.ofSeconds(30))
                .whileRunning(process -> {
                    child.set(awaitHangingChild(host, process, problem));
                    if (child.get() == null) {
                        return;
                    }
                    process.destroyForcibly(); // SIGKILL
                })
                .run();
        assertEquals(null, problem.get(), () -> problem.get() + "\n" + run.describe());
        if (!Processes.await(Duration.ofSeconds(10), () -> !Processes.isRunning(child.get()) && Processes.leftovers(run.marker()).isEmpty())) {
            fail("10s after SIGKILL to host " + run.hostPid() + " its child JVM " + child.get() + " is "
                    + (Processes.isRunning(child.get()) ? "still running" : "gone") + "; marked leftovers: "
                    + Processes.leftovers(run.marker()) + "\n" + run.describe());
        }
    }

    @Test
    void failFastStopsStartingTestsAfterTheFirstFailure() {
        // One thread, so "after the first failure" is well defined; CrashTest has 3 failing tests.
        HostRun run = Host.console(ItEnv.currentConsoleJar(), List.of(), List.of(
                        "--config", "solo.enabled=true", "--config", "solo.test-threads=1",
                        "--config", "solo.fail-fast=true",
                        "--select-class", ItEnv.FIXTURES + "CrashTest",
                        "--select-class", ItEnv.FIXTURES + "LegacyJUnit4Test"))
                .timeout(Duration.ofSeconds(60))
                .run();
        assertFalse(run.timedOut(), run::describe);
        assertEquals(1, run.exitCode(), run::describe);
        List<TestCaseResult> cases = run.reports().testCases();
        long failed = cases.stream().filter(t -> t.status() == TestCaseResult.Status.FAILED).count();
        assertEquals(1, failed, () -> "fail-fast: exactly one test may fail\n" + run.reports().describe());
        // Fixtures that ran recorded a PID; after the failure nothing else may have started.
        int started = run.pids().attempts().size();
        assertTrue(started < 6, () -> "all " + started + " tests ran despite fail-fast: " + run.pids() + "\n" + run.reports().describe());
        // The tests that did not run are still reported (as skipped), not silently dropped.
        assertEquals(6, cases.size(), run.reports()::describe);
        for (TestCaseResult t : cases) {
            String fixture = t.simpleClassName() + "." + t.bareName();
            boolean ran = !run.pids().attempts(fixture).isEmpty();
            if (t.status() == TestCaseResult.Status.SKIPPED) {
                assertFalse(ran, () -> fixture + " is reported skipped but ran: " + run.pids());
            } else {
                assertTrue(ran, () -> fixture + " is reported " + t.status() + " but never ran: " + run.pids());
            }
        }
        assertNothingLeftBehind(run, Duration.ofSeconds(5));
    }

    @Test
    void aCrashingTestIsRetriedAndStillFails() {
        HostRun run = Host.console(ItEnv.currentConsoleJar(), List.of(), soloOn(
                "--select-method", ItEnv.FIXTURES + "CrashTest#exitsWithCode3",
                "--config", "solo.retries=1"))
                .timeout(Duration.ofSeconds(60))
                .run();
        assertFalse(run.timedOut(), run::describe);
        assertEquals(1, run.exitCode(), run::describe);
        assertEquals(1, run.reports().testCases().size(), run.reports()::describe);
        assertFailedWith(run.reports().get("CrashTest", "exitsWithCode3()"), "JVM exited with code 3");
        List<PidRecords.Attempt> attempts = run.pids().attempts("CrashTest.exitsWithCode3");
        assertEquals(List.of(1, 2), attempts.stream().map(PidRecords.Attempt::attempt).toList(), () -> "attempts: " + run.pids());
        assertNotEquals(attempts.get(0).pid(), attempts.get(1).pid(), "a retry must get a fresh JVM");
        assertNothingLeftBehind(run, Duration.ofSeconds(5));
    }

    /** Waits for the hang fixture's JVM to record itself; null (with the problem set) if it never does. */
    private static Long awaitHangingChild(Host host, Process process, AtomicReference<String> problem) {
        boolean started = Processes.await(Duration.ofSeconds(30),
                () -> !PidRecords.read(host.pidDir()).attempts("HangTest.hangsIgnoringInterrupts").isEmpty()
                        || !process.isAlive());
        if (!started || !process.isAlive()) {
            problem.set("the hang fixture never started (host alive: " + process.isAlive() + ")");
            return null;
        }
        return PidRecords.read(host.pidDir()).attempts("HangTest.hangsIgnoringInterrupts").get(0).pid();
    }
}
