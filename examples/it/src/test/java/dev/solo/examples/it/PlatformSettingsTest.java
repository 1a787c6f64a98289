package dev.solo.examples.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;
import dev.solo.examples.it.support.KillLeftovers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Platform's own settings mean the same with Solo on, through console-standalone: each
 * setting is run with Solo off and on, and what the host reports is compared.
 */
@Tag("engine")
@ExtendWith(KillLeftovers.class)
class PlatformSettingsTest {

    static final String SETTINGS = "dev.solo.examples.settings.";

    @Test
    void capturedOutputIsOneReportEntryPerStreamAsWithoutSolo() {
        List<String> config = List.of("junit.platform.output.capture.stdout=true",
                "junit.platform.output.capture.stderr=true");
        HostRun plain = console(false, SETTINGS + "CapturedOutputFixture", config);
        HostRun solo = console(true, SETTINGS + "CapturedOutputFixture", config);
        for (String entry : List.of("stdout = `captured line on stdout", "stderr = `captured line on stderr")) {
            assertEquals(1, count(plain.stdoutText(), entry), plain::describe);
            assertEquals(1, count(solo.stdoutText(), entry), solo::describe);
        }
    }

    @Test
    void anEngineWithACriticalDiscoveryIssueRunsNothingAsWithoutSolo() {
        List<String> config = List.of("junit.platform.discovery.issue.severity.critical=warning");
        HostRun plain = console(false, SETTINGS + "DiscoveryIssueFixture", config);
        HostRun solo = console(true, SETTINGS + "DiscoveryIssueFixture", config);
        assertEquals(1, plain.exitCode(), plain::describe);
        assertEquals(1, solo.exitCode(), solo::describe);
        assertTrue(solo.stdoutText().contains("encountered a critical issue during test discovery"), solo::describe);
        assertEquals(0, ConformanceTest.summary(plain, "tests started"), plain::describe);
        assertEquals(0, ConformanceTest.summary(solo, "tests started"), solo::describe);
    }

    @Test
    void aDryRunExecutesNothingAsWithoutSolo() {
        List<String> config = List.of("junit.platform.execution.dryRun.enabled=true");
        String fixture = ConformanceTest.PACKAGE + ".JupiterConstructsTest";
        HostRun plain = console(false, fixture, config);
        HostRun solo = console(true, fixture, config);
        for (String count : List.of("tests found", "tests skipped", "tests started")) {
            assertEquals(ConformanceTest.summary(plain, count), ConformanceTest.summary(solo, count), solo::describe);
        }
        assertEquals(0, ConformanceTest.summary(solo, "tests started"), solo::describe);
        assertFalse(solo.stdoutText().contains("fails on purpose"), solo::describe);
    }

    @Test
    void memoryCleanupLosesNothingTheHostReplays() {
        // Platform 6.1 drops finished descriptors from the test plan; the replay of a unit whose
        // dynamic tests are registered after their neighbours finished must survive that.
        List<String> config = List.of("junit.platform.execution.memory.cleanup.enabled=true");
        for (String fixture : List.of("JupiterConstructsTest", "ClassTemplateTest")) {
            HostRun plain = console(false, ConformanceTest.PACKAGE + "." + fixture, config);
            HostRun solo = console(true, ConformanceTest.PACKAGE + "." + fixture, config);
            // JUnit's own XML report is empty with cleanup on: the counts are what the host keeps.
            for (String count : List.of("tests found", "tests started", "tests successful", "tests failed",
                    "tests skipped", "tests aborted", "containers failed")) {
                assertEquals(ConformanceTest.summary(plain, count), ConformanceTest.summary(solo, count),
                        () -> count + "\n" + solo.describe());
            }
            assertTrue(ConformanceTest.summary(solo, "tests successful") > 3, solo::describe);
        }
    }

    @Test
    void aWarningEveryJvmPrintsForTheHostsOptionsIsShownOnceNotOncePerTest() {
        // The children run with the host's options: each warns as it starts, as the host did.
        String fixture = ConformanceTest.PACKAGE + ".JupiterConstructsTest";
        String warning = "VM warning: ";
        List<String> jvmArgs = List.of("-XX:+UseBiasedLocking");
        HostRun plain = Host.console(ItEnv.currentConsoleJar(), jvmArgs,
                List.of("--select-class", fixture, "--config", "solo.enabled=false")).run();
        HostRun solo = Host.console(ItEnv.currentConsoleJar(), jvmArgs,
                List.of("--select-class", fixture, "--config", "solo.enabled=true")).run();
        String plainOutput = plain.stdoutText() + plain.stderrText();
        String soloOutput = solo.stdoutText() + solo.stderrText();
        assertEquals(1, count(plainOutput, warning), plain::describe);
        // The host's own, and the first test JVM's with that test's output; not one per JVM.
        assertTrue(count(soloOutput, warning) <= 2, solo::describe);
        assertTrue(ConformanceTest.summary(solo, "tests successful") > 3, solo::describe);
    }

    static HostRun console(boolean solo, String className, List<String> config) {
        List<String> args = new ArrayList<>(List.of("--select-class", className, "--config", "solo.enabled=" + solo));
        for (String parameter : config) {
            args.addAll(List.of("--config", parameter));
        }
        HostRun run = Host.console(ItEnv.currentConsoleJar(), List.of(), args).timeout(Duration.ofSeconds(120)).run();
        assertFalse(run.timedOut(), run::describe);
        return run;
    }

    static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }
}
