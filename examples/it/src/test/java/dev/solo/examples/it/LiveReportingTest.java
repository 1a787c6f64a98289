package dev.solo.examples.it;

import static dev.solo.examples.it.support.SoloAssertions.assertNothingLeftBehind;
import static dev.solo.examples.it.support.SoloAssertions.assertStatus;
import static dev.solo.examples.it.support.TestCaseResult.Status.PASSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;
import dev.solo.examples.it.support.KillLeftovers;
import dev.solo.examples.it.support.PidRecords;
import dev.solo.examples.it.support.Processes;
import dev.solo.examples.it.support.TestCaseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * A host sees a test start while its JVM runs it, not when that JVM is done: through the Launcher
 * API (as IDEs drive it) the start comes while the test's child JVM still runs, and a test that
 * takes 1.5 s gets about that as its time in console-standalone's XML (Surefire's: in
 * {@link SurefireHostTest}).
 */
@Tag("engine")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(KillLeftovers.class)
class LiveReportingTest {

    static final String LONG = ItEnv.FIXTURES + "LongRunningTest";
    static final String FIXTURE = "LongRunningTest.takesOneAndAHalfSeconds";
    static final String LONG_ID = "[engine:solo]/[engine:junit-jupiter]/[class:" + LONG
            + "]/[method:takesOneAndAHalfSeconds()]";

    /** When the listener heard of each test, and whether a test JVM of this host ran at its start. */
    static final class Clock implements TestExecutionListener {
        final Map<String, Long> started = new ConcurrentHashMap<>();
        final Map<String, Long> finished = new ConcurrentHashMap<>();
        final Map<String, TestExecutionResult> results = new ConcurrentHashMap<>();
        final Map<String, Integer> childrenAtStart = new ConcurrentHashMap<>();

        @Override
        public void executionStarted(TestIdentifier id) {
            started.put(id.getUniqueId(), System.currentTimeMillis());
            if (id.getUniqueId().equals(LONG_ID)) {
                childrenAtStart.put(id.getUniqueId(), Processes.soloChildrenOfThisJvm().size());
            }
        }

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            finished.put(id.getUniqueId(), System.currentTimeMillis());
            results.put(id.getUniqueId(), result);
        }
    }

    Clock launcherApi;
    Path pidDir;
    HostRun console;

    @BeforeAll
    void runHosts() throws Exception {
        pidDir = ItEnv.newWorkDir("live-reporting").resolve("pids");
        Files.createDirectories(pidDir);
        String previous = System.setProperty("fixture.pid.dir", pidDir.toString());
        try {
            launcherApi = new Clock();
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectMethod(LONG + "#takesOneAndAHalfSeconds"),
                            selectMethod(ItEnv.FIXTURES + "OutcomesTest#passes"))
                    .configurationParameter("solo.enabled", "true")
                    .configurationParameter("solo.test-threads", "2")
                    .build(), launcherApi);
        } finally {
            if (previous == null) {
                System.clearProperty("fixture.pid.dir");
            } else {
                System.setProperty("fixture.pid.dir", previous);
            }
        }
        console = Host.console(ItEnv.currentConsoleJar(), List.of(), List.of(
                "--select-method", LONG + "#takesOneAndAHalfSeconds",
                "--select-method", ItEnv.FIXTURES + "OutcomesTest#passes",
                "--config", "solo.enabled=true", "--config", "solo.test-threads=2")).run();
    }

    @Test
    void throughTheLauncherApiATestStartsWhileItsJvmRunsIt() {
        Long started = launcherApi.started.get(LONG_ID);
        Long finished = launcherApi.finished.get(LONG_ID);
        assertNotNull(started, () -> "never started: " + launcherApi.started.keySet());
        assertNotNull(finished, () -> "never finished: " + launcherApi.finished.keySet());
        assertEquals(TestExecutionResult.Status.SUCCESSFUL, launcherApi.results.get(LONG_ID).getStatus());
        assertTrue(finished - started >= 1_000, () -> "started " + (finished - started) + " ms before it finished");
        // The test's own clock: its body ended well after the host heard of its start.
        PidRecords pids = PidRecords.read(pidDir);
        Long end = pids.extra(FIXTURE, "end");
        assertNotNull(end, pids::toString);
        assertTrue(end - started >= 1_000, () -> "the host heard of the start " + (end - started)
                + " ms before the test's body ended");
        assertTrue(launcherApi.childrenAtStart.get(LONG_ID) > 0, "no test JVM ran when the host heard of the start");
        if (!Processes.await(Duration.ofSeconds(5), () -> Processes.soloChildrenOfThisJvm().isEmpty())) {
            fail("test JVMs still running: " + Processes.soloChildrenOfThisJvm());
        }
    }

    @Test
    void consoleStandalonesXmlGivesATestTheTimeItRan() {
        assertFalse(console.timedOut(), console::describe);
        TestCaseResult result = console.reports().get("LongRunningTest", "takesOneAndAHalfSeconds()");
        assertStatus(PASSED, result);
        assertTrue(result.time() >= 1.0, () -> "time " + result.time() + "\n" + console.reports().describe());
        assertStatus(PASSED, console.reports().get("OutcomesTest", "passes()"));
        assertNothingLeftBehind(console, Duration.ofSeconds(5));
    }
}
