package dev.solo.examples.it;

import static dev.solo.examples.it.support.SoloAssertions.assertFailedWith;
import static dev.solo.examples.it.support.SoloAssertions.assertNothingLeftBehind;
import static dev.solo.examples.it.support.SoloAssertions.assertStatus;
import static dev.solo.examples.it.support.TestCaseResult.Status.PASSED;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;
import dev.solo.examples.it.support.KillLeftovers;
import dev.solo.examples.it.support.PidRecords;
import dev.solo.examples.it.support.TestCaseResult;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Turning Solo on changes one thing only, a JVM per test, through console-standalone 6.1 and
 * 1.10: runners that cannot run one test alone run whole, once, never in the host; the tests
 * found equal those found without Solo; each discovery notice appears as often as without
 * Solo; a class-level teardown that needs shared state says why it fails; a test that
 * allocates near the heap's limits passes as it does in a default JVM.
 */
@Tag("engine")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(KillLeftovers.class)
class FidelityTest {

    static final List<String> CLASSES = List.of("UnfilterableRunnerTest", "RepeatedDescriptionSuite",
            "LegacyJUnit4Test", "SharedStateTest", "LegacySharedStateTest");
    static final List<String> INDIVISIBLE = List.of("UnfilterableRunnerTest", "RepeatedDescriptionSuite");
    static final String DEPRECATION = "The JUnit Vintage engine is deprecated";

    HostRun solo;
    HostRun plain;
    HostRun legacySolo;
    HostRun legacyPlain;
    HostRun classIsolation;
    HostRun heapSolo;
    HostRun heapPlain;
    HostRun badJvmArgs;

    @BeforeAll
    void runHosts() {
        solo = console(ItEnv.currentConsoleJar(), CLASSES, "--config", "solo.enabled=true",
                "--config", "solo.test-threads=2");
        plain = console(ItEnv.currentConsoleJar(), CLASSES);
        legacySolo = console(ItEnv.legacyConsoleJar(), INDIVISIBLE, "--config", "solo.enabled=true",
                "--config", "solo.test-threads=2");
        legacyPlain = console(ItEnv.legacyConsoleJar(), INDIVISIBLE);
        classIsolation = console(ItEnv.currentConsoleJar(), List.of("SharedStateTest", "LegacySharedStateTest"),
                "--config", "solo.enabled=true", "--config", "solo.isolation=class");
        // One test at a time: the two tests hold 4 GiB and nine tenths of a default heap.
        heapSolo = console(ItEnv.currentConsoleJar(), List.of("LargeHeapTest"), "--config", "solo.enabled=true",
                "--config", "solo.test-threads=1");
        heapPlain = console(ItEnv.currentConsoleJar(), List.of("LargeHeapTest"));
        badJvmArgs = console(ItEnv.currentConsoleJar(), List.of("LegacyJUnit4Test", "SharedStateTest"),
                "--config", "solo.enabled=true", "--config", "solo.jvm-args=-Xmx1x");
    }

    static HostRun console(java.nio.file.Path consoleJar, List<String> classes, String... more) {
        return Host.console(consoleJar, List.of(), ConsoleHostTest.selectClasses(classes, more))
                .timeout(Duration.ofSeconds(180)).run();
    }

    @Test
    void hostsFinished() {
        for (HostRun run : List.of(solo, plain, legacySolo, legacyPlain, classIsolation, heapSolo, heapPlain)) {
            assertFalse(run.timedOut(), run::describe);
            assertFalse(run.reports().testCases().isEmpty(), run::describe);
        }
    }

    @Test
    void solosTestsAreThoseFoundWithoutIt() {
        assertEquals(names(plain), names(solo), () -> solo.describe() + "\n" + plain.describe());
        assertEquals(names(legacyPlain), names(legacySolo), () -> legacySolo.describe() + "\n" + legacyPlain.describe());
        assertEquals(11, names(solo).size(), () -> solo.reports().describe());
        assertEquals(summaryCount(plain, "tests found"), summaryCount(solo, "tests found"), solo::describe);
        assertEquals(summaryCount(legacyPlain, "tests found"), summaryCount(legacySolo, "tests found"),
                legacySolo::describe);
    }

    @Test
    void aRunnerThatCannotRunOneTestRunsWholeOnceInOneChild() {
        for (HostRun run : List.of(solo, legacySolo)) {
            PidRecords pids = run.pids();
            List<PidRecords.Attempt> one = pids.attempts("UnfilterableRunnerTest.one");
            List<PidRecords.Attempt> two = pids.attempts("UnfilterableRunnerTest.two");
            List<PidRecords.Attempt> shared = pids.attempts("RepeatedDescriptionSuite.testShared");
            List<PidRecords.Attempt> own = pids.attempts("RepeatedDescriptionSuite.testOwn");
            assertAll(run.command().toString(),
                    () -> assertEquals(1, one.size(), () -> "one ran " + one + "\n" + pids),
                    () -> assertEquals(1, two.size(), () -> "two ran " + two + "\n" + pids),
                    // The suite holds testShared twice: two tests, each run once.
                    () -> assertEquals(2, shared.size(), () -> "testShared ran " + shared + "\n" + pids),
                    () -> assertEquals(1, own.size(), () -> "testOwn ran " + own + "\n" + pids));
            assertEquals(one.get(0).pid(), two.get(0).pid(), "the runner runs whole in one JVM");
            assertEquals(Set.of(own.get(0).pid()), shared.stream().map(PidRecords.Attempt::pid).collect(Collectors.toSet()));
            for (long pid : pids.allPids()) {
                assertNotEquals(run.hostPid(), pid, () -> "a test ran in the host JVM: " + pids);
            }
            assertNothingLeftBehind(run, Duration.ofSeconds(5));
        }
    }

    @Test
    void aWholeUnitIsAnnouncedOnceWithItsReason() {
        for (HostRun run : List.of(solo, legacySolo)) {
            String output = run.stdoutText() + run.stderrText();
            for (String cls : INDIVISIBLE) {
                String line = "solo: " + ItEnv.FIXTURES + cls + " runs as one unit";
                assertEquals(1, occurrences(output, line), () -> "'" + line + "' once in\n" + output);
            }
            assertTrue(output.contains("cannot run one of its tests alone"), output);
        }
        assertEquals(0, occurrences(plain.stdoutText() + plain.stderrText(), "runs as one unit"));
    }

    @Test
    void eachDiscoveryNoticeAppearsAsOftenAsWithoutSolo() {
        int without = occurrences(plain.stdoutText() + plain.stderrText(), DEPRECATION);
        assertEquals(1, without, plain::describe);
        assertEquals(without, occurrences(solo.stdoutText() + solo.stderrText(), DEPRECATION), solo::describe);
        assertEquals(occurrences(legacyPlain.stdoutText() + legacyPlain.stderrText(), DEPRECATION),
                occurrences(legacySolo.stdoutText() + legacySolo.stderrText(), DEPRECATION), legacySolo::describe);
        // What an engine logs of Solo's own probes is not shown either.
        assertEquals(0, occurrences(solo.stdoutText() + solo.stderrText(), "does not support filtering"),
                solo::describe);
    }

    @Test
    void aClassThatNeedsSharedStateSaysWhyAndHowToRunItWhole() {
        String output = solo.stdoutText();
        for (String cls : List.of("SharedStateTest", "LegacySharedStateTest")) {
            assertTrue(output.contains(ItEnv.FIXTURES + cls + ": class-level teardown failed in a JVM that ran only"),
                    () -> cls + "'s failure does not name per-test isolation:\n" + output);
        }
        assertTrue(output.contains("run it whole with solo.isolation=class"), output);
        assertTrue(output.contains("tests seen by this class: [first]") || output.contains("tests seen by this class: [second]"),
                () -> "the original failure is kept as the cause:\n" + output);
        // The way out works, and without Solo the classes pass (LegacyJUnit4Test fails there on purpose).
        assertEquals(0, summaryCount(classIsolation, "containers failed"), classIsolation::describe);
        assertEquals(0, summaryCount(classIsolation, "tests failed"), classIsolation::describe);
        assertEquals(0, classIsolation.exitCode(), classIsolation::describe);
        assertEquals(0, summaryCount(plain, "containers failed"), plain::describe);
        for (String test : List.of("SharedStateTest#first()", "SharedStateTest#second()", "LegacySharedStateTest#first",
                "LegacySharedStateTest#second")) {
            String[] parts = test.split("#");
            assertStatus(PASSED, plain.reports().get(parts[0], parts[1]));
        }
    }

    @Test
    void aTestThatFillsTheHeapPassesAsInADefaultJvm() {
        for (String test : List.of("allocatesFourGibibytesInOneArray()", "allocatesNineTenthsOfTheHeapInOneArray()")) {
            TestCaseResult without = heapPlain.reports().get("LargeHeapTest", test);
            TestCaseResult with = heapSolo.reports().get("LargeHeapTest", test);
            assertEquals(without.status(), with.status(), () -> test + ": without Solo " + without + ", with " + with
                    + "\n" + with.everything());
            assertStatus(PASSED, with);
        }
        assertEquals(0, heapSolo.exitCode(), heapSolo::describe);
    }

    @Test
    void theTestsOfTheClassCarryTheExplanation() {
        // The legacy XML report puts a class's failure on its tests, with or without Solo.
        for (String test : List.of("SharedStateTest#first()", "SharedStateTest#second()", "LegacySharedStateTest#first",
                "LegacySharedStateTest#second")) {
            String[] parts = test.split("#");
            assertFailedWith(solo.reports().get(parts[0], parts[1]), "PerTestIsolationException",
                    "class-level teardown failed", "solo.isolation=class");
        }
        assertEquals(2, summaryCount(solo, "containers failed"), solo::describe);
    }

    @Test
    void jvmOptionsThatStopATestJvmFailTheRunOnceBeforeAnyTest() {
        String output = badJvmArgs.stdoutText() + badJvmArgs.stderrText();
        String message = "invalid value '-Xmx1x' for solo.jvm-args: the test JVM does not start with it: "
                + "Invalid maximum heap size: -Xmx1x";
        assertTrue(output.contains(message), output);
        assertEquals(0, occurrences(output, "Could not create the Java Virtual Machine"), output);
        assertEquals(1, badJvmArgs.exitCode(), badJvmArgs::describe);
        assertEquals(0, summaryCount(badJvmArgs, "tests started"), badJvmArgs::describe);
        assertTrue(badJvmArgs.pids().allPids().isEmpty(), () -> "no test may run: " + badJvmArgs.pids());
    }

    /** Every test case's name, sorted, duplicates kept: a test reported twice must show. */
    private static List<String> names(HostRun run) {
        return run.reports().testCases().stream().map(t -> t.className() + "#" + t.name()).sorted().toList();
    }

    /** A figure of console-standalone's summary box, e.g. {@code [ 11 tests found ]}. */
    private static long summaryCount(HostRun run, String label) {
        Matcher m = Pattern.compile("\\[\\s*(\\d+) " + Pattern.quote(label) + "\\s*]").matcher(run.stdoutText());
        assertTrue(m.find(), () -> "no '" + label + "' in the summary:\n" + run.describe());
        return Long.parseLong(m.group(1));
    }

    private static int occurrences(String text, String fragment) {
        int count = 0;
        for (int i = text.indexOf(fragment); i >= 0; i = text.indexOf(fragment, i + fragment.length())) {
            count++;
        }
        return count;
    }
}
