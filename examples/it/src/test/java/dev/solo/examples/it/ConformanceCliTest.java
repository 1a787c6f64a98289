package dev.solo.examples.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;
import dev.solo.examples.it.support.JUnitXmlReports;
import dev.solo.examples.it.support.KillLeftovers;
import dev.solo.examples.it.support.TestCaseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link ConformanceTest}'s matrix through the solo command line: {@code solo run} on the
 * examples/conformance module (its own Maven build, Surefire's selection of it), every test of its
 * JUnit XML against console-standalone's without Solo over the same fixtures, by class, name and
 * status, and the counts of its summary against JUnit's.
 */
@Tag("cli")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(KillLeftovers.class)
class ConformanceCliTest {

    HostRun plain;
    HostRun cli;
    Path xml;

    @BeforeAll
    void runBoth() throws IOException {
        Path project = ItEnv.example("conformance");
        xml = project.resolve("target/solo/default/junit.xml");
        // A report left by an earlier run must not stand in for this one's.
        Files.deleteIfExists(xml);
        cli = Host.solo("conformance-cli", List.of("run", "-j", "2", "--color", "never", "--status-level", "all",
                        "--maven-arg", "-o", "--maven-arg", "-Dsolo-conformance.skip=false",
                        "--config", "junit.jupiter.extensions.autodetection.enabled=true"))
                .directory(project).timeout(Duration.ofMinutes(4)).run();
        plain = ConformanceTest.consolePlain();
    }

    @Test
    void theCommandLineReportsEveryTestOfTheMatrixAsJUnitDoes() {
        assertFalse(cli.timedOut(), cli::describe);
        assertEquals(100, cli.exitCode(), () -> "the fixtures fail on purpose\n" + cli.describe());
        Map<String, Integer> expected = cases(plain.reports().testCases());
        assertEquals(ConformanceTest.TESTS, expected.values().stream().mapToInt(Integer::intValue).sum(),
                expected::toString);
        assertEquals(expected, cases(JUnitXmlReports.readFile(xml).testCases()), cli::describe);

        int found = ConformanceTest.summary(plain, "tests found");
        int passed = ConformanceTest.summary(plain, "tests successful");
        int failed = ConformanceTest.summary(plain, "tests failed");
        int skipped = ConformanceTest.summary(plain, "tests skipped") + ConformanceTest.summary(plain, "tests aborted");
        String out = cli.stdoutText();
        // nextest's count: the tests that ran; the skipped ones apart.
        assertTrue(out.contains((passed + failed) + " tests run: " + passed + " passed, " + failed + " failed, "
                + skipped + " skipped"), out);
        // Every test has its line (skipped ones too, at this status level), the last counting them all.
        assertTrue(out.contains("(" + found + "/" + found + ")"), out);
        String afterSummary = out.substring(out.indexOf("Summary ["));
        for (String failing : List.of("JupiterConstructsTest positive\\(int\\)\\[3\\]",
                "JqwikPropertiesTest failsOnPurpose\\(int\\)", "ArchitectureRulesTest failsOnPurpose")) {
            assertTrue(afterSummary.lines().anyMatch(l -> l.matches(" +FAIL \\[.*\\] \\(\\d+/\\d+\\) "
                    + Pattern.quote(ConformanceTest.PACKAGE + ".") + failing)),
                    failing + ": each failing test is named again after the summary\n" + out);
        }
    }

    @Test
    void aTestThatSleepsTakesAtLeastItsSleepInTheXml() {
        List<TestCaseResult> sleeps = JUnitXmlReports.readFile(xml).testCases().stream()
                .filter(t -> t.simpleClassName().equals("DurationTest")).toList();
        assertEquals(1, sleeps.size(), sleeps::toString);
        ConformanceTest.assertSlept("solo run's JUnit XML", Duration.ofNanos((long) (sleeps.get(0).time() * 1e9)));
    }

    /** {@code Class#name STATUS} → how many, names without console-standalone's trailing {@code ()}. */
    private static Map<String, Integer> cases(List<TestCaseResult> results) {
        Map<String, Integer> counts = new TreeMap<>();
        results.forEach(r -> counts.merge(r.simpleClassName() + "#" + r.bareName() + " " + r.status(), 1, Integer::sum));
        return counts;
    }
}
