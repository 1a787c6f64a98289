package dev.solo.examples.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;
import dev.solo.examples.it.support.KillLeftovers;
import dev.solo.examples.it.support.TestCaseResult;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The conformance matrix: examples/conformance (one class per construct of Jupiter, Vintage, the
 * Suite engine and two third-party engines, jqwik and ArchUnit, some failing on purpose) run by
 * each host with Solo off and on. Per host, every test JUnit reports must be reported with Solo on
 * too, with the same name, status and count, and a test that sleeps with at least its sleep as
 * duration: console-standalone (its XML and its summary), the Launcher API as an IDE drives it
 * (the tree of display names, statuses, the time from start to finish), Maven Surefire (its XML
 * and its totals, {@link ConformanceSurefireTest}), the solo command line on the module
 * ({@link ConformanceCliTest}).
 */
@Tag("engine")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(KillLeftovers.class)
class ConformanceTest {

    static final String PACKAGE = "dev.solo.examples.conformance";
    /** What JUnit itself finds in the fixtures (console-standalone's "tests found" without Solo). */
    static final int TESTS = 67;
    /** DurationTest's sleep: each host must report at least this, and not much more. */
    static final Duration SLEEP = Duration.ofMillis(300);
    static final Duration SLACK = Duration.ofSeconds(5);
    static final List<String> CONFIG = List.of("junit.jupiter.extensions.autodetection.enabled=true",
            "solo.test-threads=2");

    /** The reference run, shared with {@link ConformanceCliTest} in this JVM. */
    private static HostRun reference;

    HostRun consolePlain;
    HostRun consoleSolo;
    Map<String, Integer> launcherPlain;
    Map<String, Integer> launcherSolo;
    Map<String, Duration> launcherPlainDurations = new ConcurrentHashMap<>();
    Map<String, Duration> launcherSoloDurations = new ConcurrentHashMap<>();

    @BeforeAll
    void runHosts() {
        consolePlain = consolePlain();
        consoleSolo = console(true);
        launcherPlain = launcher(false, launcherPlainDurations);
        launcherSolo = launcher(true, launcherSoloDurations);
    }

    /** console-standalone without Solo over the whole matrix: what JUnit itself reports. */
    static synchronized HostRun consolePlain() {
        if (reference == null) {
            reference = console(false);
        }
        return reference;
    }

    static HostRun console(boolean solo) {
        List<String> args = new ArrayList<>(List.of("--select-package", PACKAGE));
        // The third-party engines, for this matrix only (console-standalone takes -cp more than once).
        args.addAll(List.of("-cp", ItEnv.enginesClasspath().stream().map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator))));
        for (String parameter : CONFIG) {
            args.addAll(List.of("--config", parameter));
        }
        args.addAll(List.of("--config", "solo.enabled=" + solo));
        return Host.console(ItEnv.currentConsoleJar(), List.of(), args).timeout(Duration.ofSeconds(180)).run();
    }

    @Test
    void consoleStandaloneReportsTheSameTestsWithTheSameResults() {
        for (HostRun run : List.of(consolePlain, consoleSolo)) {
            assertFalse(run.timedOut(), run::describe);
            assertEquals(1, run.exitCode(), () -> "the fixtures fail on purpose\n" + run.describe());
        }
        Map<String, Integer> plain = cases(consolePlain.reports().testCases());
        assertEquals(TESTS, plain.values().stream().mapToInt(Integer::intValue).sum(), plain::toString);
        assertEquals(plain, cases(consoleSolo.reports().testCases()), consoleSolo::describe);
        for (String count : List.of("tests found", "tests successful", "tests failed", "tests skipped",
                "tests aborted", "tests started")) {
            assertEquals(summary(consolePlain, count), summary(consoleSolo, count), () -> count + "\n"
                    + consoleSolo.describe());
        }
        assertEquals(TESTS, summary(consoleSolo, "tests found"));
    }

    @Test
    void theConstructsThatOnceBrokeAreReportedInvocationByInvocation() {
        Map<String, Integer> solo = cases(consoleSolo.reports().testCases());
        for (String expected : List.of(
                "ClassTemplateTest#first()[1] PASSED", "ClassTemplateTest#second()[2] FAILED",
                "ClassTemplateTest#third(int)[2][1] PASSED", "ClassTemplateTest$InTemplate#nested()[2] PASSED",
                "CustomTemplateTest#flavoured(String)[2] PASSED",
                "JupiterConstructsTest#factory()[2][2][1] FAILED",
                "AutodetectedExtensionTest#theAutodetectedExtensionRan() PASSED",
                "JqwikPropertiesTest#failsOnPurpose FAILED", "JqwikPropertiesTest#disabled SKIPPED",
                "JqwikPropertiesTest$Strings#reversingTwiceIsIdentity PASSED",
                "ArchitectureRulesTest#failsOnPurpose FAILED", "ArchitectureRulesTest#ignored SKIPPED",
                "ArchitectureRulesTest#SharedRules > noJavaUtilLogging PASSED",
                "ArchitectureRulesTest#aRuleAsAMethod PASSED")) {
            assertTrue(solo.containsKey(expected), () -> expected + " in " + solo.keySet());
        }
    }

    @Test
    void aTestThatSleepsTakesAtLeastItsSleepInEveryReport() {
        for (HostRun run : List.of(consolePlain, consoleSolo)) {
            List<TestCaseResult> sleeps = run.reports().testCases().stream()
                    .filter(t -> t.simpleClassName().equals("DurationTest")).toList();
            assertEquals(1, sleeps.size(), run::describe);
            assertSlept(run.command().toString(), Duration.ofNanos((long) (sleeps.get(0).time() * 1e9)));
        }
        for (Map<String, Duration> durations : List.of(launcherPlainDurations, launcherSoloDurations)) {
            List<Duration> sleeps = durations.entrySet().stream().filter(e -> e.getKey().startsWith("DurationTest >"))
                    .map(Map.Entry::getValue).toList();
            assertEquals(1, sleeps.size(), durations::toString);
            assertSlept("the Launcher API, from executionStarted to executionFinished", sleeps.get(0));
        }
    }

    /** At least the sleep (a replay of events at once gives ~0), and within reason of it. */
    static void assertSlept(String where, Duration reported) {
        assertTrue(reported.compareTo(SLEEP) >= 0 && reported.compareTo(SLEEP.plus(SLACK)) < 0,
                () -> "DurationTest#sleeps() sleeps " + SLEEP.toMillis() + " ms, reported " + reported.toMillis()
                        + " ms by " + where);
    }

    @Test
    void aClassTemplateIsAnnouncedOnceAsOneUnit() {
        String output = consoleSolo.stdoutText() + consoleSolo.stderrText();
        String line = "solo: " + PACKAGE + ".ClassTemplateTest runs as one unit";
        assertEquals(1, output.split(Pattern.quote(line), -1).length - 1, () -> line + "\n" + output);
    }

    @Test
    void theLauncherApiSeesTheSameTreeOfTestsWithTheSameResults() {
        assertEquals(TESTS, launcherPlain.values().stream().mapToInt(Integer::intValue).sum(),
                launcherPlain::toString);
        assertEquals(launcherPlain, launcherSolo);
    }

    /** {@code Class#name STATUS} → how many test cases have it (the Suite engine repeats its members' names). */
    static Map<String, Integer> cases(List<TestCaseResult> results) {
        Map<String, Integer> counts = new TreeMap<>();
        for (TestCaseResult result : results) {
            String simple = result.className().substring(result.className().lastIndexOf('.') + 1);
            counts.merge(simple + "#" + result.name() + " " + result.status(), 1, Integer::sum);
        }
        return counts;
    }

    static int summary(HostRun run, String what) {
        Matcher matcher = Pattern.compile("\\[\\s*(\\d+) " + Pattern.quote(what) + "\\s*\\]").matcher(run.stdoutText());
        assertTrue(matcher.find(), () -> "no '" + what + "' in\n" + run.describe());
        return Integer.parseInt(matcher.group(1));
    }

    /**
     * The Launcher API in-process, as an IDE calls it: each test that ended or was skipped, by the
     * display names from its class down and its legacy name (what an IDE shows), with its status;
     * and how long each test took from its start to its finish, as an IDE times it.
     */
    static Map<String, Integer> launcher(boolean solo, Map<String, Duration> durations) {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage(PACKAGE))
                .configurationParameter("solo.enabled", Boolean.toString(solo));
        for (String parameter : CONFIG) {
            String[] pair = parameter.split("=", 2);
            request.configurationParameter(pair[0], pair[1]);
        }
        Map<String, Integer> seen = Collections.synchronizedMap(new TreeMap<>());
        Map<String, Long> started = new ConcurrentHashMap<>();
        LauncherFactory.create().execute(request.build(), new TestExecutionListener() {
            private TestPlan plan;

            @Override
            public void testPlanExecutionStarted(TestPlan testPlan) {
                plan = testPlan;
            }

            @Override
            public void executionSkipped(TestIdentifier test, String reason) {
                if (test.isTest()) {
                    seen.merge(path(plan, test) + " SKIPPED", 1, Integer::sum);
                }
            }

            @Override
            public void executionStarted(TestIdentifier test) {
                started.put(test.getUniqueId(), System.nanoTime());
            }

            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isTest()) {
                    seen.merge(path(plan, test) + " " + result.getStatus(), 1, Integer::sum);
                    durations.put(path(plan, test), Duration.ofNanos(System.nanoTime() - started.get(test.getUniqueId())));
                }
            }
        });
        return new LinkedHashMap<>(seen);
    }

    /** {@code ClassTemplateTest > [1] value = "a" > first() (first()[1])}: from the outermost class down. */
    static String path(TestPlan plan, TestIdentifier test) {
        List<String> names = new ArrayList<>();
        Optional<TestIdentifier> node = Optional.of(test);
        while (node.isPresent()) {
            names.add(0, node.get().getDisplayName());
            Optional<TestIdentifier> parent = plan.getParent(node.get());
            boolean classLevel = node.get().getSource().filter(s -> s instanceof ClassSource).isPresent();
            if (classLevel && parent.flatMap(TestIdentifier::getSource)
                    .filter(s -> s instanceof ClassSource || s instanceof MethodSource).isEmpty()) {
                break;
            }
            node = parent;
        }
        return String.join(" > ", names) + " (" + test.getLegacyReportingName() + ")";
    }
}
