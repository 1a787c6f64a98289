package dev.solo.examples.it;

import static dev.solo.examples.it.support.SoloAssertions.assertNothingLeftBehind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;
import dev.solo.examples.it.support.JUnitXmlReports;
import dev.solo.examples.it.support.KillLeftovers;
import dev.solo.examples.it.support.PidRecords;
import dev.solo.examples.it.support.TestCaseResult;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * examples/suites (Cucumber and Jupiter reached through {@code @Suite} classes, Cucumber found
 * from a {@code @Cucumber} class) under Surefire and console-standalone, Solo on and off, one
 * scenario and one test failing on purpose: every host must report the same tests, by name,
 * class and status, and the same totals, whichever way they ran. The solo command line on the
 * project must run what Surefire runs, each test once.
 */
@Tag("surefire")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(KillLeftovers.class)
class SuitesSurefireTest {

    static final String SUITES = "dev.solo.examples.suites.";
    static final Pattern TESTS_RUN = Pattern.compile(
            "Tests run: (\\d+), Failures: (\\d+), Errors: (\\d+), Skipped: (\\d+)(?:, Time elapsed: [\\d.,]+ s)?(?: <<< FAILURE!)?(?: -- in (\\S+))?");
    static final Pattern CONSOLE_TESTS = Pattern.compile("\\[\\s*(\\d+) tests (\\w+)\\s*]");

    HostRun solo;
    HostRun plain;
    HostRun consoleSolo;
    HostRun consolePlain;
    HostRun cli;

    @BeforeAll
    void runHosts() {
        solo = maven("suites-solo", "-Dsolo.enabled=true", "-Dsolo.test-threads=2");
        plain = maven("suites-plain", "-Dsolo.enabled=false");
        String classPath = testClassPath();
        consoleSolo = console("solo", classPath, "solo.enabled=true", "solo.test-threads=2");
        consolePlain = console("plain", classPath, "solo.enabled=false");
        cli = cli();
    }

    /** {@code solo run} on the project, as a user runs it. */
    static HostRun cli() {
        Host host = Host.solo("suites-cli", List.of("run", "-j", "2", "--color", "never", "--maven-arg", "-o"));
        return host.env("SUITES_FAIL", "1")
                .env("SUITES_PID_DIR", host.pidDir().toString())
                .directory(project())
                .timeout(Duration.ofSeconds(240))
                .run();
    }

    static HostRun maven(String name, String... more) {
        List<String> command = new ArrayList<>(List.of("mvn", "-o", "-B",
                "-f", project().resolve("pom.xml").toString(),
                "-Dmaven.repo.local=" + ItEnv.localRepository(), "test", "-Dmaven.test.failure.ignore=true"));
        command.addAll(List.of(more));
        Host host = Host.command(name, command);
        return host.addArgs("-Dsolo-suites.reports=" + host.reportsDir())
                .env("SUITES_FAIL", "1")
                .env("SUITES_PID_DIR", host.pidDir().toString())
                .directory(project())
                .timeout(Duration.ofSeconds(240))
                .run();
    }

    /** The example's compiled tests and its test class path, less what console-standalone bundles itself. */
    static String testClassPath() {
        Host host = Host.command("suites-classpath", List.of("mvn", "-o", "-B", "-q",
                "-f", project().resolve("pom.xml").toString(), "-Dmaven.repo.local=" + ItEnv.localRepository(),
                "test-compile", "dependency:build-classpath", "-Dmdep.includeScope=test"));
        Path file = host.workDir().resolve("classpath.txt");
        HostRun run = host.addArgs("-Dmdep.outputFile=" + file).directory(project())
                .timeout(Duration.ofSeconds(120)).run();
        assertEquals(0, run.exitCode(), run::describe);
        try {
            Stream<String> jars = Stream.of(Files.readString(file).trim().split(File.pathSeparator))
                    .filter(jar -> Stream.of("/org/junit/", "/org/opentest4j/", "/org/apiguardian/", "/org/jspecify/")
                            .noneMatch(jar::contains));
            return Stream.concat(Stream.of(project().resolve("target/test-classes").toString()), jars)
                    .collect(Collectors.joining(File.pathSeparator));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HostRun console(String name, String classPath, String... config) {
        Host host = Host.command("suites-console-" + name, new ArrayList<>(List.of(ItEnv.java().toString(), "-jar",
                ItEnv.currentConsoleJar().toString(), "execute", "--disable-banner", "--disable-ansi-colors",
                "--details=tree", "-cp", classPath,
                "--select-class", SUITES + "cucumber.CucumberSuiteTest",
                "--select-class", SUITES + "jupiter.JupiterSuiteTest",
                "--select-class", SUITES + "direct.RunCucumberTest")));
        for (String setting : config) {
            host.addArgs("--config", setting);
        }
        return host.addArgs("--reports-dir", host.reportsDir().toString())
                .env("SUITES_FAIL", "1")
                .env("SUITES_PID_DIR", host.pidDir().toString())
                .directory(project())
                .timeout(Duration.ofSeconds(180))
                .run();
    }

    static Path project() {
        return ItEnv.example("suites");
    }

    @Test
    void everyHostFinished() {
        for (HostRun run : List.of(solo, plain)) {
            assertFalse(run.timedOut(), run::describe);
            assertEquals(0, run.exitCode(), run::describe);
        }
        for (HostRun run : List.of(consoleSolo, consolePlain)) {
            assertFalse(run.timedOut(), run::describe);
            assertEquals(1, run.exitCode(), () -> "two tests fail on purpose\n" + run.describe());
        }
    }

    @Test
    void surefireReportsTheSameTestsInTheSameFiles() {
        List<String> without = testCases(plain.reports());
        assertEquals(without, testCases(solo.reports()), () -> solo.reports().describe());
        assertEquals(fileNames(plain.reports()), fileNames(solo.reports()));
        // The suites' 5 scenarios and 5 Jupiter tests, one of each kind failed; a baseline that
        // lost tests would make the comparison above pass for nothing.
        assertEquals(10, without.size(), without::toString);
        assertEquals(1, without.stream().filter(t -> t.startsWith("CucumberSuiteTest#") && t.contains(" FAILED")).count(),
                without::toString);
        assertEquals(1, without.stream().filter(t -> t.contains("PlainChecks#") && t.contains(" FAILED")).count(),
                without::toString);
    }

    @Test
    void surefireCountsTheSameTestsPerSuiteAndInAll() {
        List<String> without = testsRunLines(plain);
        assertEquals(without, testsRunLines(solo), () -> solo.stdoutText());
        assertTrue(without.contains("10 run, 2 failures, 0 errors, 0 skipped"), without::toString);
        assertTrue(without.contains("5 run, 1 failures, 0 errors, 0 skipped in " + SUITES + "cucumber.CucumberSuiteTest"),
                without::toString);
    }

    @Test
    void consoleReportsTheSameTests() {
        List<String> without = testCases(consolePlain.reports());
        assertEquals(without, testCases(consoleSolo.reports()), () -> consoleSolo.reports().describe());
        // The suites' 10 tests and the 2 scenarios Cucumber found without a suite.
        assertEquals(12, without.size(), without::toString);
        assertEquals(consoleTotals(consolePlain), consoleTotals(consoleSolo), () -> consoleSolo.stdoutText());
        Map<String, Integer> totals = consoleTotals(consolePlain);
        assertEquals(List.of(12, 10, 2), List.of(totals.get("found"), totals.get("successful"), totals.get("failed")),
                totals::toString);
    }

    @Test
    void withSoloEachTestHadItsOwnJvmAndWithoutOneForAll() {
        for (HostRun run : List.of(solo, consoleSolo)) {
            PidRecords pids = run.pids();
            assertEquals(plain.pids().attempts().keySet(), pids.attempts().keySet(), pids::toString);
            // A parameterized test is one unit: its 3 invocations share a JVM. Everything else has its own.
            List<PidRecords.Attempt> parameterized = pids.attempts("ParameterizedChecks.isNotBlank");
            assertEquals(1, parameterized.stream().map(PidRecords.Attempt::pid).distinct().count(), pids::toString);
            List<Long> units = new ArrayList<>();
            pids.attempts().forEach((test, attempts) -> attempts.stream()
                    .map(PidRecords.Attempt::pid).distinct().forEach(units::add));
            assertEquals(units.size(), new TreeSet<>(units).size(), () -> "a JVM ran two units: " + pids);
            // 5 suite scenarios (the outline's 2 examples share a name), 2 direct ones, 2 methods, 1 parameterized.
            assertEquals(10, units.size(), pids::toString);
            assertNothingLeftBehind(run, Duration.ofSeconds(5));
        }
        for (HostRun run : List.of(plain, consolePlain)) {
            Set<Long> all = new TreeSet<>();
            run.pids().attempts().values().forEach(attempts -> attempts.forEach(a -> all.add(a.pid())));
            assertEquals(1, all.size(), () -> run.pids().toString());
        }
    }

    @Test
    void theCommandLineRunsWhatSurefireRunsEachTestOnce() {
        assertFalse(cli.timedOut(), cli::describe);
        assertEquals(100, cli.exitCode(), () -> "two tests fail on purpose\n" + cli.describe());
        // Surefire selects each test class its includes take, not the folder: Cucumber finds the
        // suite's features through the suite only, not a second time in the class path root.
        assertEquals(runsPerTest(plain), runsPerTest(cli), () -> cli.pids() + "\n" + cli.stdoutText());
        // The suites' 10 tests and the 2 scenarios of the @Cucumber class, which Surefire runs too.
        assertTrue(cli.stdoutText().contains("12 tests run: 10 passed, 2 failed"), cli::describe);
    }

    /** How many times each test ran (the outline's 2 examples share a name), by its pid records. */
    static Map<String, Integer> runsPerTest(HostRun run) {
        Map<String, Integer> runs = new TreeMap<>();
        run.pids().attempts().forEach((test, attempts) -> runs.put(test, attempts.size()));
        return runs;
    }

    /** {@code classname#name STATUS[ failure type]}, sorted: what a report says of each test. */
    static List<String> testCases(JUnitXmlReports reports) {
        return reports.testCases().stream()
                .map(t -> t.className() + "#" + t.name() + " " + t.status()
                        + (t.status() == TestCaseResult.Status.PASSED ? "" : " " + t.failureType()))
                .sorted().collect(Collectors.toList());
    }

    static List<String> fileNames(JUnitXmlReports reports) {
        return reports.files().stream().map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }

    /** Surefire's "Tests run:" lines, per test set and in all, without their times. */
    static List<String> testsRunLines(HostRun run) {
        List<String> lines = new ArrayList<>();
        Matcher m = TESTS_RUN.matcher(run.stdoutText());
        while (m.find()) {
            lines.add(m.group(1) + " run, " + m.group(2) + " failures, " + m.group(3) + " errors, " + m.group(4)
                    + " skipped" + (m.group(5) == null ? "" : " in " + m.group(5)));
        }
        return lines.stream().sorted().collect(Collectors.toList());
    }

    /** console-standalone's summary of tests (not containers: Solo's tree has its own). */
    static Map<String, Integer> consoleTotals(HostRun run) {
        Map<String, Integer> totals = new TreeMap<>();
        Matcher m = CONSOLE_TESTS.matcher(run.stdoutText());
        while (m.find()) {
            totals.put(m.group(2), Integer.parseInt(m.group(1)));
        }
        return totals;
    }
}
