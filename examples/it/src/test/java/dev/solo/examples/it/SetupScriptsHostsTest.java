package dev.solo.examples.it;

import static dev.solo.examples.it.ScriptFixtures.CLIENTS;
import static dev.solo.examples.it.ScriptFixtures.SERVER;
import static dev.solo.examples.it.ScriptFixtures.workspace;
import static dev.solo.examples.it.support.SoloAssertions.assertNothingLeftBehind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;
import dev.solo.examples.it.support.KillLeftovers;
import dev.solo.examples.it.support.TestCaseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The same setup scripts wherever tests run: console-standalone, {@code mvn test} (once per
 * module, in its workspace root), {@code solo run} over a Maven project's modules (once per run),
 * and a run of an archive (the scripts travel in it and run where it runs).
 */
@Tag("engine")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(KillLeftovers.class)
class SetupScriptsHostsTest {
    Path classes;
    String classPath;

    @BeforeAll
    void compileTests() throws IOException {
        classes = ItEnv.newWorkDir("scripts-hosts-classes");
        classPath = ScriptFixtures.compileClients(classes);
    }

    /**
     * The scripts run where the archive does: its config, the script its command names and the
     * server source it reads ({@code [archive] include}) travel in it and run from its workspace.
     */
    @Test
    void anArchiveCarriesItsScriptsAndTheyRunWhereTheArchiveRuns() throws IOException {
        Host write = Host.solo("scripts-archive-write", List.of("archive", "-cp", classPath, "--select-class",
                "ServerClientTest", "--archive-file", "tests.tar.zst"));
        workspace(write.workDir(), SERVER + "\n[archive]\ninclude = [\"Server.java\"]\n");
        HostRun archived = write.timeout(Duration.ofSeconds(60)).run();
        assertEquals(0, archived.exitCode(), archived.describe());

        Host host = Host.solo("scripts-archive-run", List.of("run", "--archive-file",
                archived.workDir().resolve("tests.tar.zst").toString(), "--color", "never"));
        HostRun run = host.env("SOLO_CACHE_DIR", host.workDir().resolve("cache").toString())
                .timeout(Duration.ofSeconds(60)).run();
        assertEquals(0, run.exitCode(), run.describe());
        String out = run.stdoutText();
        assertTrue(out.matches("(?s).*\\n +SETUP \\[ *\\d+\\.\\d{3}s\\] server.*"), out);
        assertTrue(out.matches("(?s).*\\n +TEARDOWN \\[ *\\d+\\.\\d{3}s\\] stop-server.*"), out);
        assertTrue(out.contains(CLIENTS + " tests run: " + CLIENTS + " passed"), out);
        assertNothingLeftBehind(run, Duration.ofSeconds(5));
    }

    /**
     * {@code mvn test}: Surefire's fork runs the engine, which runs the module's scripts once,
     * in the folder holding {@code .config}, and the teardown with what the setup exported.
     */
    @Test
    @Tag("surefire")
    void mvnTestRunsTheScriptsOfTheModulesConfigOnce() throws IOException {
        HostRun run = ConfigurationSurefireTest.withConfig("scripts-surefire", """
                [scripts.setup.marker]
                command = ["sh", "-c", "pwd -P >> setup-ran.txt; echo MARKER=from-setup >> \\"$SOLO_ENV\\""]
                teardown = "unmark"

                [scripts.teardown.unmark]
                command = ["sh", "-c", "echo $MARKER >> teardown-ran.txt"]

                [[profile.default.scripts]]
                filter = 'class(~IsolationTest)'
                setup = ["marker"]
                """, "IsolationTest");

        assertEquals(0, run.exitCode(), run.describe());
        Path copy = run.workDir().resolve("misbehaving");
        assertEquals(List.of(copy.toRealPath().toString()), Files.readAllLines(copy.resolve("setup-ran.txt")),
                "once, in the workspace root");
        assertEquals(List.of("from-setup"), Files.readAllLines(copy.resolve("teardown-ran.txt")));
        List<TestCaseResult> cases = run.reports().testCases();
        assertTrue(!cases.isEmpty() && cases.stream().noneMatch(c -> c.status() == TestCaseResult.Status.FAILED),
                run.reports()::describe);
        assertNothingLeftBehind(run, Duration.ofSeconds(5));
    }

    /**
     * {@code solo run} over a Maven project's modules is one run: a setup whose filter matches
     * tests of several modules runs once, in the workspace root, and its exports reach them all.
     */
    @Test
    void aRunOverSeveralModulesRunsEachScriptOnceInTheWorkspaceRoot() throws IOException {
        Path project = ArchiveTest.copyMultimodule(ItEnv.newWorkDir("scripts-modules"));
        Files.createDirectories(project.resolve(".config"));
        Files.writeString(project.resolve(".config/solo.toml"), """
                [scripts.setup.marker]
                command = ["sh", "-c", "pwd -P >> setup-ran.txt; echo MARKER=from-setup >> \\"$SOLO_ENV\\""]

                [[profile.default.scripts]]
                filter = 'all()'
                setup = ["marker"]

                """);
        HostRun run = Host.solo("scripts-modules", List.of("run", "--color", "never"))
                .directory(project).timeout(Duration.ofMinutes(4)).run();

        assertEquals(0, run.exitCode(), run.describe());
        assertEquals(List.of(project.toRealPath().toString()), Files.readAllLines(project.resolve("setup-ran.txt")),
                "once, in the workspace root");
        String out = run.stdoutText();
        assertEquals(1, out.lines().filter(l -> l.matches(" +SETUP \\[ *\\d+\\.\\d{3}s\\] marker")).count(), out);
        // 10 tests of three modules (GreeterTest's two invocations are two)
        assertTrue(out.contains("11 tests run: 11 passed"), out);
        assertNothingLeftBehind(run, Duration.ofSeconds(5));
    }

    @Test
    void consoleStandaloneRunsTheSameScriptsFromTheSameFile() throws IOException {
        Host host = Host.console(ItEnv.currentConsoleJar(), List.of(), List.of("-cp", classes.toString(),
                "--select-class", "ServerClientTest", "--config", "solo.enabled=true"));
        workspace(host.workDir(), SERVER);
        HostRun run = host.timeout(Duration.ofSeconds(60)).run();

        assertEquals(0, run.exitCode(), run.describe());
        Path dir = run.workDir();
        assertEquals(CLIENTS, Files.readAllLines(dir.resolve("connections.txt")).stream()
                .map(line -> line.split(" ")[0]).distinct().count());
        assertTrue(Files.exists(dir.resolve("stopped.txt")), run.describe());
        assertNothingLeftBehind(run, Duration.ofSeconds(5));
    }
}
