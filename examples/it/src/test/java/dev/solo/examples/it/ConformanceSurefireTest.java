package dev.solo.examples.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;
import dev.solo.examples.it.support.KillLeftovers;
import dev.solo.examples.it.support.TestCaseResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link ConformanceTest}'s matrix under Maven Surefire: a nested {@code mvn test} of
 * examples/conformance with Solo off and on; every test case of Surefire's XML and its totals
 * must be the same, and a test that sleeps must take at least its sleep in both.
 */
@Tag("surefire")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(KillLeftovers.class)
class ConformanceSurefireTest {

    HostRun plain;
    HostRun solo;

    @BeforeAll
    void runNestedMaven() {
        plain = maven("conformance-surefire-plain", "-Dsolo.enabled=false");
        solo = maven("conformance-surefire", "-Dsolo.enabled=true", "-Dsolo.test-threads=2");
    }

    static HostRun maven(String name, String... more) {
        Path project = ItEnv.example("conformance");
        List<String> command = new ArrayList<>(List.of("mvn", "-o", "-B",
                "-f", project.resolve("pom.xml").toString(),
                "-Dmaven.repo.local=" + ItEnv.localRepository(), "test", "-Dsolo-conformance.skip=false",
                "-Dmaven.test.failure.ignore=true", "-Djunit.jupiter.extensions.autodetection.enabled=true"));
        command.addAll(List.of(more));
        Host host = Host.command(name, command);
        return host.addArgs("-Dsolo-conformance.reports=" + host.reportsDir())
                .directory(project)
                .timeout(Duration.ofSeconds(240))
                .run();
    }

    @Test
    void surefireReportsTheSameTestsWithTheSameResultsAndTotals() {
        for (HostRun run : List.of(plain, solo)) {
            assertFalse(run.timedOut(), run::describe);
            assertEquals(0, run.exitCode(), run::describe);
        }
        Map<String, Integer> without = ConformanceTest.cases(plain.reports().testCases());
        assertEquals(ConformanceTest.TESTS, without.values().stream().mapToInt(Integer::intValue).sum(),
                without::toString);
        assertEquals(without, ConformanceTest.cases(solo.reports().testCases()), solo::describe);
        assertEquals(totals(plain), totals(solo), solo::describe);
    }

    @Test
    void aTestThatSleepsTakesAtLeastItsSleepInTheXml() {
        for (HostRun run : List.of(plain, solo)) {
            List<TestCaseResult> sleeps = run.reports().testCases().stream()
                    .filter(t -> t.simpleClassName().equals("DurationTest")).toList();
            assertEquals(1, sleeps.size(), run::describe);
            ConformanceTest.assertSlept("Surefire's XML, " + run.command(),
                    Duration.ofNanos((long) (sleeps.get(0).time() * 1e9)));
        }
    }

    /** Surefire's last {@code Tests run: …} line, the build's totals. */
    static String totals(HostRun run) {
        Matcher matcher = Pattern.compile("Tests run: \\d+, Failures: \\d+, Errors: \\d+, Skipped: \\d+(?=\\s*$)",
                Pattern.MULTILINE).matcher(run.stdoutText());
        String last = null;
        while (matcher.find()) {
            last = matcher.group();
        }
        assertTrue(last != null, run::describe);
        return last;
    }
}
