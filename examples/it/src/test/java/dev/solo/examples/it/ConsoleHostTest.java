package dev.solo.examples.it;

import static dev.solo.examples.it.support.SoloAssertions.assertFailedWith;
import static dev.solo.examples.it.support.SoloAssertions.assertNothingLeftBehind;
import static dev.solo.examples.it.support.SoloAssertions.assertOneJvmPerTest;
import static dev.solo.examples.it.support.SoloAssertions.assertStatus;
import static dev.solo.examples.it.support.TestCaseResult.Status.FAILED;
import static dev.solo.examples.it.support.TestCaseResult.Status.PASSED;
import static dev.solo.examples.it.support.TestCaseResult.Status.SKIPPED;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.solo.examples.it.support.Handshakes;
import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;
import dev.solo.examples.it.support.JUnitXmlReports;
import dev.solo.examples.it.support.KillLeftovers;
import dev.solo.examples.it.support.TestCaseResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * junit-platform-console-standalone (the current version, 6.1.x) as the host: --select-class,
 * --select-method, --scan-class-path, --config solo.enabled=true, legacy XML reports.
 * The hosts run once in {@link #runHosts()}; each test checks one aspect of the results.
 */
@Tag("engine")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(KillLeftovers.class)
class ConsoleHostTest {

    static final List<String> MAIN_CLASSES = List.of("OutcomesTest", "CrashTest", "IsolationTest", "LegacyJUnit4Test", "FlakyTest",
            "HandshakeTest");

    HostRun solo;
    HostRun plain;
    HostRun selectMethod;
    HostRun scan;

    @BeforeAll
    void runHosts() {
        solo = Host.console(ItEnv.currentConsoleJar(), List.of(), selectClasses(MAIN_CLASSES, "--config", "solo.enabled=true",
                "--config", "solo.test-threads=2")).run();
        // The same fixtures minus the JVM-killing ones, without Solo: the baseline for names and outcomes.
        plain = Host.console(ItEnv.currentConsoleJar(), List.of(), selectClasses(
                List.of("OutcomesTest", "IsolationTest", "LegacyJUnit4Test"))).run();
        selectMethod = Host.console(ItEnv.currentConsoleJar(), List.of(), List.of(
                "--select-method", ItEnv.FIXTURES + "CrashTest#exitsWithCode3",
                "--select-method", ItEnv.FIXTURES + "OutcomesTest#passes",
                "--config", "solo.enabled=true", "--config", "solo.test-threads=2")).run();
        scan = Host.console(ItEnv.currentConsoleJar(), List.of(), List.of(
                "--scan-class-path", ItEnv.fixturesTestJar().toString(),
                "--include-classname", ".*\\.LegacyJUnit4Test",
                "--config", "solo.enabled=true", "--config", "solo.test-threads=2")).run();
    }

    static List<String> selectClasses(List<String> classes, String... more) {
        List<String> args = new java.util.ArrayList<>();
        for (String c : classes) {
            args.add("--select-class");
            args.add(ItEnv.FIXTURES + c);
        }
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void hostsFinishedAndWroteReports() {
        for (HostRun run : List.of(solo, plain, selectMethod, scan)) {
            assertFalse(run.timedOut(), run::describe);
            assertFalse(run.reports().testCases().isEmpty(), () -> "no test cases in the XML reports\n" + run.describe());
        }
        // Exit code 1: some fixtures fail on purpose. The scan run has only passing tests.
        assertEquals(1, solo.exitCode(), solo::describe);
        assertEquals(0, scan.exitCode(), scan::describe);
    }

    @Test
    void everyTestRanExactlyOnceWithTheExpectedOutcome() {
        JUnitXmlReports r = solo.reports();
        assertAll(
                () -> assertStatus(PASSED, r.get("OutcomesTest", "passes()")),
                () -> assertStatus(PASSED, r.get("OutcomesTest", "passesWithDisplayName()")),
                () -> assertStatus(SKIPPED, r.get("OutcomesTest", "disabled()")),
                () -> assertStatus(SKIPPED, r.get("OutcomesTest", "aborted()")),
                () -> assertStatus(FAILED, r.get("OutcomesTest", "failsWithMessage()")),
                () -> assertStatus(FAILED, r.get("OutcomesTest", "failsAssertEquals()")),
                () -> assertStatus(PASSED, r.get("OutcomesTest", "parameterized(int)[1]")),
                () -> assertStatus(PASSED, r.get("OutcomesTest", "parameterized(int)[2]")),
                () -> assertStatus(PASSED, r.get("OutcomesTest", "parameterized(int)[3]")),
                () -> assertStatus(PASSED, r.get("OutcomesTest$Inner", "innerPasses()")),
                () -> assertStatus(FAILED, r.get("CrashTest", "exitsWithCode3()")),
                () -> assertStatus(FAILED, r.get("CrashTest", "haltsWithCode7()")),
                () -> assertStatus(FAILED, r.get("CrashTest", "overflowsTheStack()")),
                () -> assertStatus(PASSED, r.get("CrashTest", "survivesItsNeighbours()")),
                () -> assertStatus(PASSED, r.get("IsolationTest", "staticStateFirst()")),
                () -> assertStatus(PASSED, r.get("IsolationTest", "staticStateSecond()")),
                () -> assertStatus(PASSED, r.get("IsolationTest", "systemPropertyFirst()")),
                () -> assertStatus(PASSED, r.get("IsolationTest", "systemPropertySecond()")),
                () -> assertStatus(PASSED, r.get("LegacyJUnit4Test", "first")),
                () -> assertStatus(PASSED, r.get("LegacyJUnit4Test", "second")),
                () -> assertStatus(FAILED, r.get("FlakyTest", "failsOnFirstAttempt()")),
                () -> assertStatus(PASSED, r.get("HandshakeTest", "aGuessedTokenIsRefused()")));
        assertEquals(22, r.testCases().size(), () -> "expected 22 test cases, each exactly once:\n" + r.describe());
    }

    @Test
    void deadJvmsAreReportedWithTheirExitCode() {
        JUnitXmlReports r = solo.reports();
        assertAll(
                () -> assertFailedWith(r.get("CrashTest", "exitsWithCode3()"), "JVM exited with code 3"),
                () -> assertFailedWith(r.get("CrashTest", "haltsWithCode7()"), "JVM exited with code 7"),
                // A StackOverflowError is an ordinary failure reported by Jupiter in the child.
                () -> assertFailedWith(r.get("CrashTest", "overflowsTheStack()"), "StackOverflowError"),
                () -> assertStatus(PASSED, r.get("CrashTest", "survivesItsNeighbours()")));
    }

    @Test
    void failureMessagesAndSkipReasonsSurvive() {
        JUnitXmlReports r = solo.reports();
        assertAll(
                () -> assertFailedWith(r.get("OutcomesTest", "failsWithMessage()"),
                        "deliberate failure: the answer was wrong", "AssertionFailedError"),
                () -> assertFailedWith(r.get("OutcomesTest", "failsAssertEquals()"),
                        "the answer ==> expected: <42> but was: <41>"),
                () -> assertTrue(r.get("OutcomesTest", "disabled()").everything().contains("disabled on purpose: fixture for SKIPPED"),
                        () -> r.get("OutcomesTest", "disabled()").everything()),
                () -> assertTrue(r.get("OutcomesTest", "aborted()").everything().contains("aborted on purpose: assumption not met"),
                        () -> r.get("OutcomesTest", "aborted()").everything()),
                () -> assertFailedWith(r.get("FlakyTest", "failsOnFirstAttempt()"), "flaky: failing on attempt 1"));
    }

    @Test
    void sharedStatePairsPassOnlyWithSolo() {
        List<TestCaseResult> soloPairs = solo.reports().testCases().stream()
                .filter(t -> t.simpleClassName().equals("IsolationTest") || t.simpleClassName().equals("LegacyJUnit4Test"))
                .toList();
        assertEquals(6, soloPairs.size(), solo.reports()::describe);
        soloPairs.forEach(t -> assertStatus(PASSED, t));
        // Control: in one JVM the second test of each pair fails, so the fixtures really do test isolation.
        long plainFailures = plain.reports().testCases().stream()
                .filter(t -> t.simpleClassName().equals("IsolationTest") || t.simpleClassName().equals("LegacyJUnit4Test"))
                .filter(t -> t.status() == FAILED)
                .count();
        assertEquals(3, plainFailures, plain.reports()::describe);
    }

    @Test
    void namesAndOutcomesAreThoseOfARunWithoutSolo() {
        Set<String> withSolo = signature(solo.reports(), "OutcomesTest");
        Set<String> without = signature(plain.reports(), "OutcomesTest");
        assertEquals(without, withSolo);
    }

    private static Set<String> signature(JUnitXmlReports reports, String classPrefix) {
        return reports.testCases().stream()
                .filter(t -> t.simpleClassName().startsWith(classPrefix))
                .map(t -> t.className() + " | " + t.name() + " | " + t.status() + " | " + (t.message() == null ? "" : t.message()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void testsAreReportedUnderTheSoloEngine() {
        // The legacy XML report writes each test's unique id into its system-out.
        for (TestCaseResult t : solo.reports().testCases()) {
            assertTrue(t.systemOut().contains("unique-id: [engine:solo]/[engine:junit-"),
                    () -> t + " is not reported under [engine:solo]:\n" + t.systemOut());
        }
        assertTrue(plain.reports().testCases().stream().noneMatch(t -> t.systemOut().contains("[engine:solo]")),
                "with Solo off, nothing may be reported under [engine:solo]");
    }

    @Test
    void eachTestRanInItsOwnJvm() {
        assertOneJvmPerTest(solo.pids(), solo.hostPid(), List.of(List.of(
                "OutcomesTest.parameterized[1]", "OutcomesTest.parameterized[2]", "OutcomesTest.parameterized[3]")));
        // 21 fixtures record a PID (disabled never runs; each parameterized invocation records its own name).
        assertEquals(21, solo.pids().attempts().size(), () -> "pid records: " + solo.pids());
        solo.pids().attempts().forEach((test, attempts) -> {
            assertEquals(1, attempts.size(), () -> test + " ran more than once: " + attempts);
            assertEquals(1, attempts.get(0).attempt(), () -> test + " SOLO_ATTEMPT: " + attempts);
        });
    }

    @Test
    void noHandshakeSecretOnAnyChildCommandLineAndAGuessedTokenIsRefused() {
        // HandshakeTest connected to the fork server with a guessed token: refused, reported, and the test still passed.
        assertStatus(PASSED, solo.reports().get("HandshakeTest", "aGuessedTokenIsRefused()"));
        Handshakes.assertNoTokenOnAnyChildCommandLine(solo);
        Handshakes.assertRefusalReported(solo, solo.stdoutText() + solo.stderrText());
    }

    @Test
    void withoutSoloEverythingRunsInTheHostJvm() {
        assertEquals(Set.of(plain.hostPid()), plain.pids().attempts().values().stream()
                .flatMap(List::stream).map(a -> a.pid()).collect(Collectors.toSet()));
    }

    @Test
    void nothingIsLeftRunning() {
        for (HostRun run : List.of(solo, selectMethod, scan)) {
            assertNothingLeftBehind(run, Duration.ofSeconds(5));
        }
    }

    @Test
    void selectMethodRunsExactlyTheSelectedMethods() {
        JUnitXmlReports r = selectMethod.reports();
        assertEquals(2, r.testCases().size(), () -> r.describe() + "\n" + selectMethod.describe());
        assertFailedWith(r.get("CrashTest", "exitsWithCode3()"), "JVM exited with code 3");
        assertStatus(PASSED, r.get("OutcomesTest", "passes()"));
        assertEquals(1, selectMethod.exitCode(), selectMethod::describe);
        assertOneJvmPerTest(selectMethod.pids(), selectMethod.hostPid(), List.of());
        assertEquals(2, selectMethod.pids().attempts().size(), () -> "pid records: " + selectMethod.pids());
    }

    @Test
    void scanClassPathWithClassNameFilter() {
        JUnitXmlReports r = scan.reports();
        assertEquals(2, r.testCases().size(), () -> r.describe() + "\n" + scan.describe());
        r.testCases().forEach(t -> assertStatus(PASSED, t));
        assertOneJvmPerTest(scan.pids(), scan.hostPid(), List.of());
        assertEquals(2, scan.pids().attempts().size(), () -> "pid records: " + scan.pids());
    }

    @Test
    void childJvmsRunOnTheHostsJava() {
        Path otherHome = ItEnv.otherJavaHome();
        assumeTrue(otherHome != null, "no second JDK configured (solo-it.otherJavaHome)");
        int expected = ItEnv.featureVersion(otherHome);
        assumeTrue(expected > 0 && expected != Runtime.version().feature(), "the second JDK has the same version");
        HostRun run = Host.console(otherHome.resolve("bin").resolve("java"), ItEnv.currentConsoleJar(), List.of(), List.of(
                "--select-method", ItEnv.FIXTURES + "OutcomesTest#passes",
                "--select-method", ItEnv.FIXTURES + "CrashTest#survivesItsNeighbours",
                "--config", "solo.enabled=true", "--config", "solo.test-threads=2")).run();
        assertEquals(0, run.exitCode(), run::describe);
        assertEquals(2, run.pids().attempts().size(), () -> run.pids() + "\n" + run.describe());
        run.pids().attempts().forEach((test, attempts) -> attempts.forEach(a ->
                assertEquals(expected, a.javaVersion(), () -> test + " ran on Java " + a.javaVersion()
                        + " but the host runs on Java " + expected)));
        assertOneJvmPerTest(run.pids(), run.hostPid(), List.of());
        assertNothingLeftBehind(run, Duration.ofSeconds(5));
    }
}
