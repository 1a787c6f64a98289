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
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.examples.it.support.Handshakes;
import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;
import dev.solo.examples.it.support.JUnitXmlReports;
import dev.solo.examples.it.support.KillLeftovers;
import dev.solo.examples.it.support.PidRecords;
import dev.solo.examples.it.support.TestCaseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Maven Surefire as the host: a nested, offline {@code mvn test} on examples/misbehaving with
 * {@code -Dsolo.enabled=true}. Needs solo-engine installed in the local repository (the outer
 * build runs {@code mvn install}, and this module comes last in the reactor).
 */
@Tag("surefire")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(KillLeftovers.class)
class SurefireHostTest {

    HostRun run;

    @BeforeAll
    void runNestedMaven() {
        Path engineJar = ItEnv.localRepository().resolve("dev/solo/solo-engine/0.1.0-SNAPSHOT/solo-engine-0.1.0-SNAPSHOT.jar");
        assertTrue(Files.isRegularFile(engineJar), () -> engineJar
                + " is missing: the nested Maven build resolves Solo from the local repository; run `mvn -B install` from the root");
        Host host = Host.command("surefire", List.of(
                "mvn", "-o", "-B", "-q",
                "-f", ItEnv.misbehavingProject().resolve("pom.xml").toString(),
                "-Dmaven.repo.local=" + ItEnv.localRepository(),
                "test",
                "-Dsolo-misbehaving.skip=false",
                "-Dsolo.enabled=true",
                "-Dsolo.test-threads=2",
                "-Dtest=OutcomesTest#passes+disabled+failsWithMessage,CrashTest#exitsWithCode3+survivesItsNeighbours,"
                        + "IsolationTest#staticStateFirst+staticStateSecond,LegacyJUnit4Test,HandshakeTest,LongRunningTest",
                "-Dmaven.test.failure.ignore=true"));
        run = host.addArgs(
                        // Reports go to this test's work dir, never into the misbehaving module's own target/surefire-reports.
                        "-Dsolo-misbehaving.reports=" + host.reportsDir(),
                        "-Dfixture.pid.dir=" + host.pidDir())
                .directory(ItEnv.misbehavingProject())
                .timeout(Duration.ofSeconds(240))
                .run();
    }

    @Test
    void mavenBuildSucceededWithFailuresIgnored() {
        assertFalse(run.timedOut(), run::describe);
        assertEquals(0, run.exitCode(), run::describe);
        assertEquals(6, run.reports().files().size(), () -> run.reports().files() + "\n" + run.describe());
    }

    @Test
    void perTestResults() {
        JUnitXmlReports r = run.reports();
        assertAll(
                () -> assertStatus(PASSED, r.get("OutcomesTest", "passes")),
                () -> assertStatus(SKIPPED, r.get("OutcomesTest", "disabled")),
                () -> assertFailedWith(r.get("OutcomesTest", "failsWithMessage"), "deliberate failure: the answer was wrong"),
                () -> assertFailedWith(r.get("CrashTest", "exitsWithCode3"), "JVM exited with code 3"),
                () -> assertStatus(PASSED, r.get("CrashTest", "survivesItsNeighbours")),
                () -> assertStatus(PASSED, r.get("IsolationTest", "staticStateFirst")),
                () -> assertStatus(PASSED, r.get("IsolationTest", "staticStateSecond")),
                () -> assertStatus(PASSED, r.get("LegacyJUnit4Test", "first")),
                () -> assertStatus(PASSED, r.get("LegacyJUnit4Test", "second")),
                () -> assertStatus(PASSED, r.get("HandshakeTest", "aGuessedTokenIsRefused")),
                () -> assertStatus(PASSED, r.get("LongRunningTest", "takesOneAndAHalfSeconds")));
        assertEquals(11, r.testCases().size(), r::describe);
    }

    @Test
    void aTestsTimeIsHowLongItRanNotTheMomentItsJvmEnded() {
        TestCaseResult slow = run.reports().get("LongRunningTest", "takesOneAndAHalfSeconds");
        assertTrue(slow.time() >= 1.0, () -> "time " + slow.time() + "\n" + run.reports().describe());
    }

    @Test
    void eachTestsOutputLandsInItsOwnSystemOutAndSystemErr() {
        JUnitXmlReports r = run.reports();
        PidRecords pids = run.pids();
        Map<String, String> fixtures = Map.of(
                "CrashTest.exitsWithCode3", "CrashTest#exitsWithCode3",
                "CrashTest.survivesItsNeighbours", "CrashTest#survivesItsNeighbours",
                "OutcomesTest.passes", "OutcomesTest#passes",
                "IsolationTest.staticStateSecond", "IsolationTest#staticStateSecond",
                "LegacyJUnit4Test.first", "LegacyJUnit4Test#first",
                // open in the host while the others start and end
                "LongRunningTest.takesOneAndAHalfSeconds", "LongRunningTest#takesOneAndAHalfSeconds");
        fixtures.forEach((fixture, test) -> {
            String[] parts = test.split("#");
            TestCaseResult result = r.get(parts[0], parts[1]);
            List<PidRecords.Attempt> attempts = pids.attempts(fixture);
            assertEquals(1, attempts.size(), () -> fixture + ": " + pids);
            String line = "PID=" + attempts.get(0).pid() + " TEST=" + fixture + " ATTEMPT=1";
            assertTrue(result.systemOut().contains(line), () -> test + " system-out lacks '" + line + "':\n" + result.systemOut());
            // Nobody else's output.
            long foreignLines = result.systemOut().lines().filter(l -> l.startsWith("PID=") && !l.equals(line)).count();
            assertEquals(0, foreignLines, () -> test + " system-out holds other tests' output:\n" + result.systemOut());
            // The same for stderr.
            String errLine = "STDERR TEST=" + fixture;
            assertTrue(result.systemErr().contains(errLine), () -> test + " system-err lacks '" + errLine + "':\n" + result.systemErr());
            long foreignErr = result.systemErr().lines().filter(l -> l.startsWith("STDERR TEST=") && !l.equals(errLine)).count();
            assertEquals(0, foreignErr, () -> test + " system-err holds other tests' output:\n" + result.systemErr());
        });
    }

    @Test
    void noHandshakeSecretOnAnyChildCommandLineAndAGuessedTokenIsRefused() {
        assertStatus(PASSED, run.reports().get("HandshakeTest", "aGuessedTokenIsRefused"));
        Handshakes.assertNoTokenOnAnyChildCommandLine(run);
        // Surefire hands the host JVM's System.err on to Maven's stderr (and to the report of whichever test it
        // takes to be running: the refusal happens on no test's thread).
        Handshakes.assertRefusalReported(run, run.stdoutText() + run.stderrText());
    }

    @Test
    void oneJvmPerTestAndNothingLeft() {
        assertOneJvmPerTest(run.pids(), run.hostPid(), List.of());
        assertEquals(10, run.pids().attempts().size(), () -> "pid records: " + run.pids());
        assertNothingLeftBehind(run, Duration.ofSeconds(5));
    }
}
