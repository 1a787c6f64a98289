package dev.solo.examples.it;

import static dev.solo.examples.it.support.SoloAssertions.assertFailedWith;
import static dev.solo.examples.it.support.SoloAssertions.assertNothingLeftBehind;
import static dev.solo.examples.it.support.SoloAssertions.assertStatus;
import static dev.solo.examples.it.support.TestCaseResult.Status.PASSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;
import dev.solo.examples.it.support.JUnitXmlReports;
import dev.solo.examples.it.support.KillLeftovers;
import dev.solo.examples.it.support.Processes;
import dev.solo.examples.it.support.TestCaseResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * What a test leaves running after it: a process (fixture OrphanTest, a {@code sleep 987} started
 * by ProcessBuilder, by Runtime.exec, and by a shell whose background job is re-parented) is
 * LEAK and is gone by the time its result is reported, run after run; non-daemon threads
 * (fixture LingeringThreadTest) are no leak and cost no wait. The loops run
 * {@code solo-it.leakRuns} times (5 by default, to keep CI under its limit; {@code bench/README.md} runs them 100 times).
 */
@Tag("runner-control")
@ExtendWith(KillLeftovers.class)
class LeftBehindTest {
    private static final int RUNS = Integer.getInteger("solo-it.leakRuns", 5);
    private static final String ORPHANS = ItEnv.FIXTURES + "OrphanTest";
    /** The fixture's tests, by the digit each appends to the run's marker. */
    private static final Map<String, Integer> DIGITS = Map.of("processBuilder", 1, "runtimeExec", 2,
            "shellBackground", 3);

    private final List<String> markers = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void killWhatAFailedRunLeft() {
        for (String marker : markers) {
            for (int digit = 1; digit <= 4; digit++) {
                Processes.withLastArgument(marker + digit)
                        .forEach(p -> ProcessHandle.of(p.pid()).ifPresent(ProcessHandle::destroyForcibly));
            }
        }
    }

    @Test
    void consoleStandaloneLeavesNoProcessRunningRunAfterRun() {
        for (int i = 1; i <= RUNS; i++) {
            String marker = newMarker();
            HostRun run = Host.console(ItEnv.currentConsoleJar(), List.of("-Dfixture.leak.marker=" + marker),
                    List.of("--config", "solo.enabled=true", "--config", "solo.test-threads=2",
                            "--select-class", ORPHANS))
                    .timeout(Duration.ofSeconds(90))
                    .run();
            String which = "run " + i + " of " + RUNS + " (marker " + marker + ")";
            // Right as the host exits, not eventually: each was killed before its test was reported.
            assertEquals(List.of(), leftSleeps(marker), () -> which + ": sleeps left running\n" + run.describe());
            assertFalse(run.timedOut(), run::describe);
            assertEquals(0, run.exitCode(), run::describe);
            JUnitXmlReports reports = run.reports();
            DIGITS.forEach((test, digit) -> {
                TestCaseResult result = reports.get("OrphanTest", test + "()");
                assertStatus(PASSED, result);
                assertTrue(result.allSystemOut().contains("LEAK: process ")
                        && result.allSystemOut().contains(" 987 " + marker + digit),
                        () -> which + ": " + test + " is not LEAK naming its sleep:\n" + result.allSystemOut());
            });
        }
    }

    @Test
    void launcherApiReportsEachTestOnlyOnceItsProcessIsGone() {
        for (int i = 1; i <= RUNS; i++) {
            String marker = newMarker();
            Map<String, String> leaks = new ConcurrentHashMap<>();
            Map<String, String> problems = new ConcurrentHashMap<>();
            TestExecutionListener listener = new TestExecutionListener() {
                @Override
                public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
                    entry.getKeyValuePairs().forEach((key, value) -> {
                        if (key.equals("solo.leak")) {
                            leaks.put(method(id), value);
                        }
                    });
                }

                @Override
                public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                    if (!id.isTest()) {
                        return;
                    }
                    String test = method(id);
                    List<Processes.Proc> left = Processes.withLastArgument(marker + DIGITS.get(test));
                    if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL || !left.isEmpty()) {
                        problems.put(test, result + ", still running as it is reported: " + left);
                    }
                }
            };
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(ORPHANS))
                    .configurationParameter("solo.enabled", "true")
                    .configurationParameter("solo.test-threads", "2")
                    .build();
            // Children get the system properties of the run that launched them, this one included.
            System.setProperty("fixture.leak.marker", marker);
            try {
                LauncherFactory.create().execute(request, listener);
            } finally {
                System.clearProperty("fixture.leak.marker");
            }
            String which = "run " + i + " of " + RUNS + " (marker " + marker + ")";
            assertEquals(Map.of(), problems, which);
            assertEquals(List.of(), leftSleeps(marker), which);
            assertEquals(DIGITS.keySet(), leaks.keySet(), () -> which + ": LEAK entries " + leaks);
            leaks.forEach((test, leak) -> assertTrue(leak.startsWith("LEAK: process ")
                    && leak.contains(" 987 " + marker + DIGITS.get(test)), () -> which + ": " + test + ": " + leak));
        }
    }

    @Test
    void aJvmThatDiesWithoutNamingWhatItLeftHasItKilledAllTheSame() {
        String marker = newMarker();
        HostRun run = Host.console(ItEnv.currentConsoleJar(), List.of("-Dfixture.leak.marker=" + marker),
                List.of("--config", "solo.enabled=true", "--select-class", ItEnv.FIXTURES + "CrashingOrphanTest"))
                .timeout(Duration.ofSeconds(90))
                .run();
        assertEquals(List.of(), Processes.withLastArgument(marker + 4), run::describe);
        assertFalse(run.timedOut(), run::describe);
        TestCaseResult result = run.reports().get("CrashingOrphanTest", "haltsAfterLeavingAnOrphan()");
        assertFailedWith(result, "JVM exited with code 3");
        assertTrue(result.allSystemOut().contains("LEAK: process ") && result.allSystemOut().contains(" 987 " + marker + 4),
                () -> "the leak names the sleep:\n" + result.allSystemOut());
    }

    @Test
    void threadsATestLeavesRunningAreNoLeakAndCostNoWait() {
        // A wait for the JVM would show: it is this long, and the run's JVMs wait side by side.
        Duration leakTimeout = Duration.ofSeconds(60);
        HostRun run = Host.console(ItEnv.currentConsoleJar(), List.of(), List.of(
                        "--config", "solo.enabled=true", "--config", "solo.test-threads=2",
                        "--config", "solo.leak-timeout=" + leakTimeout.toSeconds() + "s",
                        "--select-class", ItEnv.FIXTURES + "LingeringThreadTest"))
                .timeout(Duration.ofSeconds(180))
                .run();
        assertFalse(run.timedOut(), run::describe);
        assertEquals(0, run.exitCode(), run::describe);
        for (String test : List.of("usesTheServerAndLeavesItRunning()", "leavesAThreadRunning()")) {
            TestCaseResult result = run.reports().get("LingeringThreadTest", test);
            assertStatus(PASSED, result);
            assertFalse(result.allSystemOut().contains("LEAK"), () -> test + " is LEAK:\n" + result.allSystemOut());
        }
        assertTrue(run.duration().compareTo(leakTimeout.dividedBy(2)) < 0,
                () -> "the run took " + run.duration().toMillis() + " ms: its JVMs waited\n" + run.describe());
        assertNothingLeftBehind(run, Duration.ofSeconds(5));
    }

    @Test
    void aJvmStuckInItsShutdownHookIsLeakNamingIt() {
        HostRun run = Host.console(ItEnv.currentConsoleJar(), List.of(), List.of(
                        "--config", "solo.enabled=true", "--config", "solo.slow-timeout.grace-period=1s",
                        "--select-class", ItEnv.FIXTURES + "StuckExitTest"))
                .timeout(Duration.ofSeconds(90))
                .run();
        assertFalse(run.timedOut(), run::describe);
        TestCaseResult result = run.reports().get("StuckExitTest", "registersAHookThatNeverReturns()");
        assertStatus(PASSED, result);
        long pid = run.pids().attempts().get("StuckExitTest.registersAHookThatNeverReturns").get(0).pid();
        assertTrue(result.allSystemOut().contains("LEAK: the test JVM (pid " + pid + ") was still exiting")
                && result.allSystemOut().contains("shutdown hook"), result::allSystemOut);
        assertNothingLeftBehind(run, Duration.ofSeconds(5));
    }

    @Test
    void surefireKillsLeftProcessesAndLetsLingeringThreadsGo() {
        String marker = newMarker();
        Host host = Host.command("surefire-left-behind", List.of(
                "mvn", "-o", "-B", "-q",
                "-f", ItEnv.misbehavingProject().resolve("pom.xml").toString(),
                "-Dmaven.repo.local=" + ItEnv.localRepository(),
                "test",
                "-Dsolo-misbehaving.skip=false",
                "-Dsolo.enabled=true",
                "-Dsolo.test-threads=2",
                "-Dtest=OrphanTest,LingeringThreadTest"));
        HostRun run = host.addArgs("-Dsolo-misbehaving.reports=" + host.reportsDir(),
                        "-Dfixture.pid.dir=" + host.pidDir())
                .env("FIXTURE_LEAK_MARKER", marker)
                .directory(ItEnv.misbehavingProject())
                .timeout(Duration.ofSeconds(240))
                .run();
        assertEquals(List.of(), leftSleeps(marker), run::describe);
        assertFalse(run.timedOut(), run::describe);
        assertEquals(0, run.exitCode(), run::describe);
        JUnitXmlReports reports = run.reports();
        DIGITS.keySet().forEach(test -> assertStatus(PASSED, reports.get("OrphanTest", test)));
        assertStatus(PASSED, reports.get("LingeringThreadTest", "usesTheServerAndLeavesItRunning"));
        assertStatus(PASSED, reports.get("LingeringThreadTest", "leavesAThreadRunning"));
        assertNothingLeftBehind(run, Duration.ofSeconds(5));
    }

    /** Every sleep of the run {@code marker} names, whichever test started it. */
    private static List<Processes.Proc> leftSleeps(String marker) {
        List<Processes.Proc> left = new ArrayList<>();
        DIGITS.values().forEach(digit -> left.addAll(Processes.withLastArgument(marker + digit)));
        return left;
    }

    /** {@code 0.} and nine digits: GNU sleep adds it to its 987 seconds; the fixture appends a digit per test. */
    private String newMarker() {
        String marker = String.format("0.%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        markers.add(marker);
        return marker;
    }

    private static String method(TestIdentifier id) {
        String uid = id.getUniqueId();
        String method = uid.substring(uid.lastIndexOf("[method:") + "[method:".length());
        return method.substring(0, method.indexOf('('));
    }
}
