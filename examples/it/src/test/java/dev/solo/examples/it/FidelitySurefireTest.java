package dev.solo.examples.it;

import static dev.solo.examples.it.support.SoloAssertions.assertFailedWith;
import static dev.solo.examples.it.support.SoloAssertions.assertNothingLeftBehind;
import static dev.solo.examples.it.support.SoloAssertions.assertStatus;
import static dev.solo.examples.it.support.TestCaseResult.Status.PASSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;
import dev.solo.examples.it.support.KillLeftovers;
import dev.solo.examples.it.support.PidRecords;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link FidelityTest}'s promises under Maven Surefire: a nested {@code mvn test} on
 * examples/misbehaving with Solo on, and the same selection with Solo off as the baseline.
 */
@Tag("surefire")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(KillLeftovers.class)
class FidelitySurefireTest {

    static final String SELECTION = "UnfilterableRunnerTest,RepeatedDescriptionSuite,LegacyJUnit4Test,SharedStateTest";

    HostRun solo;
    HostRun plain;

    @BeforeAll
    void runNestedMaven() {
        solo = maven("surefire-fidelity", SELECTION + ",LargeHeapTest", "-Dsolo.enabled=true", "-Dsolo.test-threads=2");
        plain = maven("surefire-fidelity-plain", SELECTION, "-Dsolo.enabled=false");
    }

    static HostRun maven(String name, String tests, String... more) {
        List<String> command = new ArrayList<>(List.of("mvn", "-o", "-B",
                "-f", ItEnv.misbehavingProject().resolve("pom.xml").toString(),
                "-Dmaven.repo.local=" + ItEnv.localRepository(), "test", "-Dsolo-misbehaving.skip=false",
                "-Dtest=" + tests, "-Dmaven.test.failure.ignore=true"));
        command.addAll(List.of(more));
        Host host = Host.command(name, command);
        return host.addArgs("-Dsolo-misbehaving.reports=" + host.reportsDir(), "-Dfixture.pid.dir=" + host.pidDir())
                .directory(ItEnv.misbehavingProject())
                .timeout(Duration.ofSeconds(240))
                .run();
    }

    @Test
    void buildsFinished() {
        for (HostRun run : List.of(solo, plain)) {
            assertFalse(run.timedOut(), run::describe);
            assertEquals(0, run.exitCode(), run::describe);
        }
    }

    @Test
    void theSameTestsAsWithoutSoloEachRunOnceAndIndivisibleRunnersWhole() {
        // Surefire reports a class's own failure as a test case without a name: SharedStateTest's, here.
        List<String> withSolo = solo.reports().testCases().stream().filter(t -> !t.className().endsWith("LargeHeapTest"))
                .map(t -> t.className() + "#" + t.name()).filter(n -> !n.endsWith(".SharedStateTest#")).sorted()
                .collect(Collectors.toList());
        List<String> without = plain.reports().testCases().stream().map(t -> t.className() + "#" + t.name()).sorted()
                .collect(Collectors.toList());
        assertEquals(without, withSolo);
        assertEquals(9, withSolo.size(), withSolo::toString);
        PidRecords pids = solo.pids();
        assertEquals(1, pids.attempts("UnfilterableRunnerTest.one").size(), pids::toString);
        assertEquals(1, pids.attempts("UnfilterableRunnerTest.two").size(), pids::toString);
        assertEquals(2, pids.attempts("RepeatedDescriptionSuite.testShared").size(), pids::toString);
        assertEquals(1, pids.attempts("RepeatedDescriptionSuite.testOwn").size(), pids::toString);
        assertEquals(pids.attempts("UnfilterableRunnerTest.one").get(0).pid(),
                pids.attempts("UnfilterableRunnerTest.two").get(0).pid());
        assertNothingLeftBehind(solo, Duration.ofSeconds(5));
    }

    @Test
    void wholeUnitsAreAnnouncedOnceAndNoticesNotRepeated() {
        String output = solo.stdoutText() + solo.stderrText();
        for (String cls : List.of("UnfilterableRunnerTest", "RepeatedDescriptionSuite")) {
            String line = "solo: " + ItEnv.FIXTURES + cls + " runs as one unit";
            assertEquals(1, output.split(java.util.regex.Pattern.quote(line), -1).length - 1, () -> line + "\n" + output);
        }
        String notice = "The JUnit Vintage engine is deprecated";
        String plainOutput = plain.stdoutText() + plain.stderrText();
        assertEquals(plainOutput.split(notice, -1).length - 1, output.split(notice, -1).length - 1,
                () -> "notice count differs from a run without Solo:\n" + output);
    }

    @Test
    void aSharedStateClassNamesTheWayOutAndTheHeapIsADefaultOne() {
        assertFailedWith(solo.reports().get("SharedStateTest", ""), "PerTestIsolationException",
                "class-level teardown failed", "solo.isolation=class", "tests seen by this class");
        assertStatus(PASSED, solo.reports().get("SharedStateTest", "first"));
        assertTrue(plain.reports().maybe("SharedStateTest", "").isEmpty(), plain.reports()::describe);
        assertStatus(PASSED, solo.reports().get("LargeHeapTest", "allocatesFourGibibytesInOneArray"));
        assertStatus(PASSED, solo.reports().get("LargeHeapTest", "allocatesNineTenthsOfTheHeapInOneArray"));
    }
}
