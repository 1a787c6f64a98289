package dev.solo.examples.it;

import static dev.solo.examples.it.support.SoloAssertions.assertFailedWith;
import static dev.solo.examples.it.support.SoloAssertions.assertNothingLeftBehind;
import static dev.solo.examples.it.support.SoloAssertions.assertOneJvmPerTest;
import static dev.solo.examples.it.support.SoloAssertions.assertStatus;
import static dev.solo.examples.it.support.TestCaseResult.Status.PASSED;
import static dev.solo.examples.it.support.TestCaseResult.Status.SKIPPED;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;
import dev.solo.examples.it.support.JUnitXmlReports;
import dev.solo.examples.it.support.KillLeftovers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An old host: junit-platform-console-standalone 1.10.2 (JUnit 5.10), which bundles its own
 * Platform, Jupiter 5.10.2 and Vintage. Solo must work with the Platform it finds at run time.
 * Only fixtures using JUnit APIs that exist in 5.10 are selected.
 */
@Tag("engine")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(KillLeftovers.class)
class LegacyConsoleHostTest {

    HostRun solo;

    @BeforeAll
    void runHost() {
        String outcomes = ItEnv.FIXTURES + "OutcomesTest";
        solo = Host.console(ItEnv.legacyConsoleJar(), List.of(), List.of(
                "--select-method", outcomes + "#passes",
                "--select-method", outcomes + "#disabled",
                "--select-method", outcomes + "#aborted",
                "--select-method", outcomes + "#failsAssertEquals",
                "--select-method", outcomes + "#parameterized(int)",
                "--select-method", outcomes + "$Inner#innerPasses",
                "--select-method", ItEnv.FIXTURES + "IsolationTest#staticStateFirst",
                "--select-method", ItEnv.FIXTURES + "IsolationTest#staticStateSecond",
                "--select-class", ItEnv.FIXTURES + "LegacyJUnit4Test",
                "--select-method", ItEnv.FIXTURES + "CrashTest#exitsWithCode3",
                "--config", "solo.enabled=true",
                "--config", "solo.test-threads=2")).run();
    }

    @Test
    void hostFinished() {
        assertFalse(solo.timedOut(), solo::describe);
        assertEquals(1, solo.exitCode(), solo::describe);
    }

    @Test
    void outcomesAsWithTheCurrentPlatform() {
        JUnitXmlReports r = solo.reports();
        assertAll(
                () -> assertStatus(PASSED, r.get("OutcomesTest", "passes()")),
                () -> assertStatus(SKIPPED, r.get("OutcomesTest", "disabled()")),
                () -> assertStatus(SKIPPED, r.get("OutcomesTest", "aborted()")),
                () -> assertFailedWith(r.get("OutcomesTest", "failsAssertEquals()"), "expected: <42> but was: <41>"),
                () -> assertStatus(PASSED, r.get("OutcomesTest", "parameterized(int)[1]")),
                () -> assertStatus(PASSED, r.get("OutcomesTest", "parameterized(int)[2]")),
                () -> assertStatus(PASSED, r.get("OutcomesTest", "parameterized(int)[3]")),
                () -> assertStatus(PASSED, r.get("OutcomesTest$Inner", "innerPasses()")),
                () -> assertFailedWith(r.get("CrashTest", "exitsWithCode3()"), "JVM exited with code 3"),
                () -> assertStatus(PASSED, r.get("IsolationTest", "staticStateFirst()")),
                () -> assertStatus(PASSED, r.get("IsolationTest", "staticStateSecond()")),
                () -> assertStatus(PASSED, r.get("LegacyJUnit4Test", "first")),
                () -> assertStatus(PASSED, r.get("LegacyJUnit4Test", "second")));
        assertEquals(13, r.testCases().size(), r::describe);
    }

    @Test
    void eachTestRanInItsOwnJvmAndNothingIsLeft() {
        assertOneJvmPerTest(solo.pids(), solo.hostPid(), List.of(List.of(
                "OutcomesTest.parameterized[1]", "OutcomesTest.parameterized[2]", "OutcomesTest.parameterized[3]")));
        assertNothingLeftBehind(solo, Duration.ofSeconds(5));
    }
}
