package dev.solo.examples.it;

import static dev.solo.examples.it.support.SoloAssertions.assertNothingLeftBehind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.examples.it.support.BreakpointDebugger;
import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;
import dev.solo.examples.it.support.TestCaseResult;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A real debugger (JDI, as IDEs use it) stops at a breakpoint in a test's own JVM: through
 * {@code solo run --debugger}, and through a host that runs under JDWP as an IDE's Debug starts it.
 * That {@code --debugger} refuses more than one test, naming how many, is the launcher's
 * {@code DebuggerOptionTest}: no JVM starts for it.
 */
@Tag("engine")
class DebuggerTest {
    private static final Duration ATTACH_WITHIN = Duration.ofSeconds(60);
    private static final String OUTCOMES = ItEnv.FIXTURES + "OutcomesTest";

    @Test
    void cliDebuggerStopsAtABreakpointInTheTestsJvmAndTheTestThenPasses() throws Exception {
        AtomicReference<Optional<String>> stopped = new AtomicReference<>(Optional.empty());
        Host host = Host.solo("debugger", List.of("run", "-cp", classPath(), "--scan-class-path=" + jar(),
                "--color", "never", "-E", "test(~OutcomesTest) & method(=passes)", "--debugger"));
        HostRun run = inStore(host).whileRunning(p -> stopped.set(debug(p, host, OUTCOMES, "passes"))).run();

        assertEquals(Optional.of(OUTCOMES + "#passes:25"), stopped.get(), run.describe());
        assertEquals(0, run.exitCode(), run.describe());
        int port = port(run.stderrText());
        assertTrue(run.stdoutText().contains("Listening for transport dt_socket at address: " + port), run.describe());
        assertTrue(Pattern.compile("PASS \\[.*OutcomesTest passes\\(\\)").matcher(run.stdoutText()).find(),
                run.describe());
        assertNothingLeftBehind(run, Duration.ofSeconds(10));
    }

    /**
     * A test debugged from the CLI reads what is typed to {@code solo run}, as a program run under a
     * debugger reads its terminal. The test is compiled here: in the fixtures' jar, read by other
     * hosts, a test that reads standard input would read a build tool's own channel.
     */
    @Test
    void cliDebuggerPassesWhatIsTypedToTheTestsJvm() throws Exception {
        Path classes = ItEnv.newWorkDir("debugger-stdin-classes");
        Path source = classes.resolve("ReadsInputTest.java");
        Files.writeString(source, """
                import static org.junit.jupiter.api.Assertions.assertEquals;
                import java.io.BufferedReader;
                import java.io.InputStreamReader;
                import org.junit.jupiter.api.Test;
                class ReadsInputTest {
                    @Test
                    void readsALine() throws Exception {
                        String line = new BufferedReader(new InputStreamReader(System.in)).readLine();
                        System.out.println("read: " + line);
                        assertEquals("typed into solo", line);
                    }
                }
                """);
        String junit = String.join(File.pathSeparator, ItEnv.junitJars());
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), "-cp", junit,
                source.toString());
        assertEquals(0, compiled, "javac");

        AtomicReference<Optional<String>> stopped = new AtomicReference<>(Optional.empty());
        Host host = Host.solo("debugger-stdin", List.of("run", "-cp", classes + File.pathSeparator + junit,
                "--scan-class-path=" + classes, "--color", "never", "--debugger"));
        HostRun run = inStore(host).whileRunning(p -> {
            try (OutputStream typed = p.getOutputStream()) {
                typed.write("typed into solo\n".getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stopped.set(debug(p, host, "ReadsInputTest", "readsALine"));
        }).run();

        assertTrue(stopped.get().isPresent(), run.describe());
        assertEquals(0, run.exitCode(), run.describe());
        assertTrue(run.stdoutText().contains("read: typed into solo"), run.describe());
        assertNothingLeftBehind(run, Duration.ofSeconds(10));
    }

    @Test
    void cliDebuggerDebugsATestOfAnArchive() throws Exception {
        Path work = ItEnv.newWorkDir("debugger-archive-work");
        Path cache = ItEnv.newWorkDir("debugger-archive-cache");
        Path archive = work.resolve("tests.tar.zst");
        HostRun archived = inStore(Host.solo("debugger-archive-write", List.of("archive", "-cp", classPath(),
                "--scan-class-path=" + jar(), "--archive-file", archive.toString())), work, cache).run();
        assertEquals(0, archived.exitCode(), archived.describe());

        AtomicReference<Optional<String>> stopped = new AtomicReference<>(Optional.empty());
        Host host = Host.solo("debugger-archive", List.of("run", "--archive-file", archive.toString(), "--color", "never",
                "-E", "test(~OutcomesTest) & method(=passes)", "--debugger"));
        HostRun run = inStore(host, work, cache).whileRunning(p -> stopped.set(debug(p, host, OUTCOMES, "passes"))).run();

        assertEquals(Optional.of(OUTCOMES + "#passes:25"), stopped.get(), run.describe());
        assertEquals(0, run.exitCode(), run.describe());
        assertTrue(run.stdoutText().contains("1 test run: 1 passed"), run.describe());
        assertNothingLeftBehind(run, Duration.ofSeconds(10));
    }

    @Test
    void cliDebuggerDebugsTheOneTestARerunLeftOutstanding() throws Exception {
        Path cache = ItEnv.newWorkDir("debugger-rerun-cache");
        // One workspace: the store keeps a workspace's runs, and -R latest is this one's.
        Path work = ItEnv.newWorkDir("debugger-rerun-work");
        String twoTests = "test(~OutcomesTest) & (method(=passes) | method(=failsWithMessage))";
        HostRun first = inStore(Host.solo("debugger-first", List.of("run", "-cp", classPath(),
                "--scan-class-path=" + jar(), "--color", "never", "-E", twoTests)), work, cache).run();
        assertEquals(100, first.exitCode(), first.describe());

        // The rerun's one outstanding test is the failure: the debugger stops in it, and it fails as before.
        AtomicReference<Optional<String>> stopped = new AtomicReference<>(Optional.empty());
        Host host = Host.solo("debugger-rerun", List.of("run", "-cp", classPath(), "--scan-class-path=" + jar(),
                "--color", "never", "-R", "latest", "--debugger=0"));
        HostRun rerun = inStore(host, work, cache).whileRunning(p -> stopped.set(debug(p, host, OUTCOMES, "failsWithMessage")))
                .run();
        assertEquals(Optional.of(OUTCOMES + "#failsWithMessage:49"), stopped.get(), rerun.describe());
        assertEquals(100, rerun.exitCode(), rerun.describe());
        assertTrue(rerun.stdoutText().contains("1 test run: 0 passed, 1 failed"), rerun.describe());
        assertNothingLeftBehind(rerun, Duration.ofSeconds(10));
    }

    /**
     * As IntelliJ's Debug starts a host: the IDE listens, the host's JDWP agent connects to it
     * ({@code server=n}) and waits ({@code suspend=y}) until resumed; Solo on, one JUnit 4 test selected.
     */
    @Test
    void aHostUnderAnIdesDebuggerLetsItStopInTheTestsJvm() throws Exception {
        String legacy = ItEnv.FIXTURES + "LegacyJUnit4Test";
        AtomicReference<Optional<String>> stopped = new AtomicReference<>(Optional.empty());
        try (BreakpointDebugger.Listening ide = BreakpointDebugger.listen()) {
            Host host = Host.console(ItEnv.currentConsoleJar(),
                    List.of("-agentlib:jdwp=transport=dt_socket,server=n,suspend=y,address=" + ide.address()),
                    List.of("--select-method", legacy + "#first", "--config", "solo.enabled=true"));
            HostRun run = host.timeout(Duration.ofMinutes(2)).whileRunning(p -> {
                ide.acceptAndResume(ATTACH_WITHIN);
                stopped.set(debug(p, host, legacy, "first"));
            }).run();

            assertEquals(Optional.of(legacy + "#first:14"), stopped.get(), run.describe());
            assertEquals(0, run.exitCode(), run.describe());
            assertEquals(TestCaseResult.Status.PASSED, run.reports().get("LegacyJUnit4Test", "first").status(),
                    run.describe());
            assertEquals(1, run.stderrText().lines().filter(l -> l.startsWith("solo: the host runs under a debugger, so"
                    + " each test's JVM waits for one of its own;")).count(), run.describe());
            // The host connected out, so the one listening line is its test JVM's, which an IDE turns into an attach.
            int port = port(run.stderrText());
            List<String> listening = run.stdoutText().lines().filter(l -> l.startsWith("Listening for transport")).toList();
            assertEquals(List.of("Listening for transport dt_socket at address: " + port), listening, run.describe());
            assertNothingLeftBehind(run, Duration.ofSeconds(10));
        }
    }

    /** A build's agent kept for attaching on demand: the tests run as usual, none waits. */
    @Test
    void aHostListeningWithoutWaitingRunsItsTestsUndebugged() {
        HostRun run = Host.console(ItEnv.currentConsoleJar(),
                List.of("-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=0"),
                List.of("--select-method", OUTCOMES + "#passes", "--config", "solo.enabled=true"))
                .timeout(Duration.ofMinutes(1)).run();

        assertEquals(0, run.exitCode(), run.describe());
        assertEquals(TestCaseResult.Status.PASSED, run.reports().get("OutcomesTest", "passes").status(), run.describe());
        assertTrue(run.stderrText().lines().noneMatch(l -> l.startsWith("solo: ")), run.describe());
        assertEquals(1, run.stdoutText().lines().filter(l -> l.startsWith("Listening for transport")).count(),
                "the host's own line alone: " + run.describe());
    }

    @Test
    void aWaitNobodyAttachesToEndsWithTheTestFailedSayingSo() {
        HostRun run = Host.console(ItEnv.currentConsoleJar(), List.of(), List.of(
                "--select-method", OUTCOMES + "#passes", "--config", "solo.enabled=true",
                "--config", "solo.debugger=on", "--config", "solo.debugger.attach-timeout=1s"))
                .timeout(Duration.ofMinutes(1)).run();

        assertEquals(1, run.exitCode(), run.describe());
        TestCaseResult passes = run.reports().get("OutcomesTest", "passes");
        assertEquals(TestCaseResult.Status.FAILED, passes.status(), run.describe());
        String why = "no debugger attached to the test JVM for " + OUTCOMES + "#passes() on port " + port(run.stderrText())
                + " within 1s (solo.debugger.attach-timeout); the test did not run";
        assertTrue(passes.message().startsWith(why), passes.everything());
        assertTrue(run.stderrText().contains("solo: " + why), run.describe());
        assertTrue(run.duration().compareTo(Duration.ofSeconds(30)) < 0, run.describe());
        assertNothingLeftBehind(run, Duration.ofSeconds(10));
    }

    private static Optional<String> debug(Process process, Host host, String className, String method) {
        try {
            int port = BreakpointDebugger.awaitPort(process, host.workDir().resolve("stderr.txt"), ATTACH_WITHIN);
            return BreakpointDebugger.stopOnceIn(port, className, method, ATTACH_WITHIN);
        } catch (Exception e) {
            throw new AssertionError("debugging " + className + "#" + method + " failed", e);
        }
    }

    private static int port(String stderr) {
        java.util.regex.Matcher waits = Pattern.compile("waits for a debugger on port (\\d+)").matcher(stderr);
        assertTrue(waits.find(), stderr);
        return Integer.parseInt(waits.group(1));
    }

    private static Host inStore(Host host) {
        return inStore(host, ItEnv.newWorkDir("debugger-work"), ItEnv.newWorkDir("debugger-cache"));
    }

    private static Host inStore(Host host, Path work, Path cache) {
        return host.directory(work).env("SOLO_CACHE_DIR", cache.toString()).timeout(Duration.ofMinutes(2));
    }

    private static String jar() {
        return ItEnv.fixturesTestJar().toString();
    }

    private static String classPath() {
        return Stream.concat(Stream.of(jar()), ItEnv.junitJars().stream()).collect(Collectors.joining(File.pathSeparator));
    }
}
