package dev.solo.examples.it;

import static dev.solo.examples.it.ScriptFixtures.CLIENTS;
import static dev.solo.examples.it.ScriptFixtures.SERVER;
import static dev.solo.examples.it.ScriptFixtures.workspace;
import static dev.solo.examples.it.support.SoloAssertions.assertNothingLeftBehind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;
import dev.solo.examples.it.support.KillLeftovers;
import dev.solo.examples.it.support.Processes;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Setup and teardown scripts ({@code [scripts.setup.NAME]}), as a user writes them: a setup that
 * starts a TCP server in the background and exports its port through {@code SOLO_ENV}, ten tests
 * in ten JVMs that talk to that one server, and a teardown that stops it. After every ending of
 * the run (passed, cancelled by SIGINT, fail-fast, setup failed, setup timed out) nothing is left
 * running; and the Java setup. The same scripts under other hosts and in archives:
 * {@link SetupScriptsHostsTest}.
 */
@Tag("engine")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(KillLeftovers.class)
class SetupScriptsTest {
    Path classes;
    String classPath;

    @BeforeAll
    void compileTests() throws IOException {
        classes = ItEnv.newWorkDir("scripts-classes");
        classPath = ScriptFixtures.compileClients(classes);
    }

    private Host solo(String name, String toml, String... more) {
        Host host = Host.solo(name, new ArrayList<>(List.of("run", "-cp", classPath, "--color", "never")));
        host.addArgs(more);
        workspace(host.workDir(), toml);
        return host.env("SOLO_CACHE_DIR", host.workDir().resolve("cache").toString()).timeout(Duration.ofSeconds(60));
    }

    @Test
    void tenTestJvmsShareTheOneServerTheSetupStartedAndTheTeardownStopsIt() throws IOException {
        HostRun run = solo("scripts-cli", SERVER, "--select-class", "ServerClientTest").run();

        assertEquals(0, run.exitCode(), run.describe());
        String out = run.stdoutText();
        assertTrue(out.matches("(?s).*\\n +SETUP \\[ *\\d+\\.\\d{3}s\\] server.*"), out);
        assertTrue(out.matches("(?s).*\\n +TEARDOWN \\[ *\\d+\\.\\d{3}s\\] stop-server.*"), out);
        assertTrue(out.indexOf("SETUP") < out.indexOf("PASS") && out.lastIndexOf("PASS") < out.indexOf("TEARDOWN"), out);
        assertTrue(out.contains(CLIENTS + " tests run: " + CLIENTS + " passed"), out);
        Path dir = run.workDir();
        List<String> connections = Files.readAllLines(dir.resolve("connections.txt"));
        assertEquals(CLIENTS, connections.size(), connections::toString);
        assertEquals(CLIENTS, connections.stream().map(line -> line.split(" ")[0]).distinct().count(),
                () -> "one JVM per test: " + connections);
        String serverPid = Files.readString(dir.resolve("server.pid")).trim();
        assertEquals("stopped " + serverPid, Files.readString(dir.resolve("stopped.txt")).trim(),
                "the teardown saw what the setup exported");
        assertFalse(Processes.isRunning(Long.parseLong(serverPid)));
        // nextest's shape: a suite per script around the tests; a passing script's output is not kept.
        String junit = Files.readString(dir.resolve("target/solo/default/junit.xml"));
        int setup = junit.indexOf("<testsuite name=\"@setup-script:server\" tests=\"1\" failures=\"0\" errors=\"0\"");
        int teardown = junit.indexOf("<testsuite name=\"@teardown-script:stop-server\" tests=\"1\" failures=\"0\"");
        assertTrue(setup >= 0 && setup < junit.indexOf("ServerClientTest") && junit.lastIndexOf("ServerClientTest") < teardown,
                junit);
        assertTrue(junit.contains("<testcase name=\"server\" classname=\"@setup-script:server\""), junit);
        assertFalse(junit.contains("server listening on"), junit);
        assertNothingLeftBehind(run, Duration.ofSeconds(5));
    }

    @Test
    void sigintMidRunStillTearsDownAndStopsWhatTheSetupLeftRunning() throws IOException {
        // No teardown: the server the setup left running is stopped by its process tree all the same.
        // The slow test first: the SIGINT comes while client tests still run and wait, not after them.
        String toml = SERVER.replace("teardown = \"stop-server\"\n", "") + """

                [[profile.default.overrides]]
                filter = 'class(SlowClientTest)'
                priority = 100
                """;
        Host host = solo("scripts-sigint", toml, "--select-class", "ServerClientTest", "--select-class", "SlowClientTest");
        HostRun run = host.whileRunning(process -> {
            // once the slow test has talked to the server, the run is in the middle of its tests
            Processes.await(Duration.ofSeconds(30), () -> lines(host.workDir().resolve("connections.txt")).stream()
                    .anyMatch(line -> line.endsWith(" 0")));
            try {
                new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start().waitFor();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }).run();

        assertEquals(106, run.exitCode(), run.describe());
        assertTrue(run.stdoutText().contains("Cancelled"), run.stdoutText());
        String serverPid = Files.readString(run.workDir().resolve("server.pid")).trim();
        assertTrue(Processes.await(Duration.ofSeconds(5), () -> !Processes.isRunning(Long.parseLong(serverPid))),
                "the server the setup started still runs");
        assertNothingLeftBehind(run, Duration.ofSeconds(5));
    }

    /** {@code --max-fail 1:immediate} ends the run at the first failure, the running test stopped; the teardown still runs. */
    @Test
    void failFastStillTearsDownAndStopsWhatTheSetupLeftRunning() throws IOException {
        HostRun run = solo("scripts-fail-fast", SERVER, "--select-class", "FailingClientTest", "--select-class",
                "SlowClientTest", "--max-fail", "1:immediate").run();

        assertEquals(100, run.exitCode(), run.describe());
        String out = run.stdoutText();
        assertTrue(out.contains("FAIL [") && out.contains("FailingClientTest"), out);
        assertTrue(out.matches("(?s).*\\n +TEARDOWN \\[ *\\d+\\.\\d{3}s\\] stop-server.*"), out);
        String serverPid = Files.readString(run.workDir().resolve("server.pid")).trim();
        assertEquals("stopped " + serverPid, Files.readString(run.workDir().resolve("stopped.txt")).trim());
        assertFalse(Processes.isRunning(Long.parseLong(serverPid)));
        assertNothingLeftBehind(run, Duration.ofSeconds(5));
    }

    @Test
    void aFailedSetupStopsTheRunBeforeItsTestsWithItsOutputAndNothingLeft() throws IOException {
        String toml = SERVER.replace("command = \"./start-server.sh\"",
                "command = [\"sh\", \"-c\", \"./start-server.sh && echo 'cannot migrate the schema' >&2 && exit 3\"]\n"
                        + "capture-stderr = true");
        HostRun run = solo("scripts-failed", toml, "--select-class", "ServerClientTest").run();

        assertEquals(105, run.exitCode(), run.describe());
        String out = run.stdoutText();
        assertTrue(out.contains("SETUP FAIL [") && out.contains("server: exit code 3"), out);
        assertTrue(out.contains("cannot migrate the schema"), out);
        assertTrue(out.contains("not run: setup script server failed"), out);
        assertFalse(Files.exists(run.workDir().resolve("connections.txt")), "a test ran");
        assertTrue(run.stderrText().contains("error: setup script server failed: exit code 3"), run.stderrText());
        assertTrue(Files.exists(run.workDir().resolve("stopped.txt")), "the teardown of a setup that started runs");
        String junit = Files.readString(run.workDir().resolve("target/solo/default/junit.xml"));
        String setup = junit.substring(junit.indexOf("<testsuite name=\"@setup-script:server\""));
        setup = setup.substring(0, setup.indexOf("</testsuite>"));
        assertTrue(setup.contains("errors=\"1\"") && setup.contains("<error message=\"exit code 3")
                && setup.contains("type=\"setup script failed\""), junit);
        assertTrue(setup.contains("<system-err>cannot migrate the schema"), junit);
        assertNothingLeftBehind(run, Duration.ofSeconds(5));
    }

    @Test
    void aSetupWhoseFilterMatchesNoSelectedTestDoesNotRun() {
        String toml = SERVER.replace("filter = 'class(~ClientTest)'", "filter = 'class(=SlowClientTest)'")
                + "\n[profile.ci]\n";
        Host host = Host.solo("scripts-unmatched", new ArrayList<>(List.of("run", "-cp", classPath, "--color", "never",
                "--select-class", "ServerClientTest", "-E", "method(=client1)")));
        workspace(host.workDir(), toml);
        HostRun run = host.env("SOLO_CACHE_DIR", host.workDir().resolve("cache").toString())
                .timeout(Duration.ofSeconds(60)).run();

        // The test fails (no SERVER_PORT), and no server was ever started.
        assertEquals(100, run.exitCode(), run.describe());
        assertFalse(run.stdoutText().contains("SETUP"), run.stdoutText());
        assertFalse(Files.exists(run.workDir().resolve("server.pid")), "the setup ran");
        assertNothingLeftBehind(run, Duration.ofSeconds(5));
    }

    @Test
    void aHangingSetupIsTimedOutWithItsOutputShown() {
        String toml = """
                [scripts.setup.hangs]
                command = ["sh", "-c", "echo waiting for a database that never comes; sleep 300"]
                capture-stdout = true
                slow-timeout = { period = "500ms", terminate-after = 2, grace-period = "1s" }

                [[profile.default.scripts]]
                filter = 'all()'
                setup = ["hangs"]
                """;
        HostRun run = solo("scripts-hang", toml, "--select-class", "ServerClientTest").run();

        assertEquals(105, run.exitCode(), run.describe());
        String out = run.stdoutText();
        assertTrue(out.contains("SETUP TIMEOUT [") && out.contains("hangs: timed out after 1.000s"), out);
        assertTrue(out.contains("waiting for a database that never comes"), out);
        assertTrue(run.duration().compareTo(Duration.ofSeconds(30)) < 0, run.describe());
        assertNothingLeftBehind(run, Duration.ofSeconds(5));
    }

    /**
     * A Java setup: an HTTP server started in the setup's own JVM, which stays alive for the run and
     * serves test JVMs running in parallel; its values reach them as environment variables and
     * system properties; its tearDown() runs after the last of them; its JVM ends.
     */
    @Test
    void aJavaSetupServesEveryTestJvmFromItsOwnJvmUntilItsTearDown() throws IOException {
        Path javaClasses = ItEnv.newWorkDir("scripts-java-classes");
        Path setupSource = javaClasses.resolve("HttpSetup.java");
        Files.writeString(setupSource, """
                import com.sun.net.httpserver.HttpServer;
                import dev.solo.engine.scripts.SoloSetup;
                import java.net.InetAddress;
                import java.net.InetSocketAddress;
                import java.nio.file.*;
                import java.util.Map;
                public class HttpSetup implements SoloSetup {
                    private HttpServer server;
                    @Override public Map<String, String> setUp() throws Exception {
                        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                        server.createContext("/", exchange -> {
                            byte[] body = ("served by " + ProcessHandle.current().pid()).getBytes();
                            exchange.sendResponseHeaders(200, body.length);
                            exchange.getResponseBody().write(body);
                            exchange.close();
                        });
                        server.start();
                        Files.writeString(Path.of("setup.pid"), String.valueOf(ProcessHandle.current().pid()));
                        return Map.of("HTTP_PORT", String.valueOf(server.getAddress().getPort()),
                                "http.setup.pid", String.valueOf(ProcessHandle.current().pid()));
                    }
                    @Override public void tearDown() throws Exception {
                        server.stop(0);
                        Files.writeString(Path.of("torn-down.txt"), "stopped");
                    }
                }
                """);
        StringBuilder client = new StringBuilder("""
                import static org.junit.jupiter.api.Assertions.assertEquals;
                import java.net.URI;
                import java.net.http.*;
                import org.junit.jupiter.api.Test;
                class HttpClientTest {
                    static void get() throws Exception {
                        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + System.getenv("HTTP_PORT") + "/")).build(),
                                HttpResponse.BodyHandlers.ofString()).body();
                        assertEquals("served by " + System.getProperty("http.setup.pid"), body);
                        // a system property, never a -D option: a setup's value may be a secret
                        String commandLine = ProcessHandle.current().info().commandLine().orElse("");
                        assertEquals(false, commandLine.contains("http.setup.pid"), commandLine);
                    }
                """);
        IntStream.rangeClosed(1, 4).forEach(n -> client.append("    @Test void get").append(n)
                .append("() throws Exception { get(); }\n"));
        client.append("}\n");
        Path clientSource = javaClasses.resolve("HttpClientTest.java");
        Files.writeString(clientSource, client);
        String engineJar = ItEnv.fixtureClasspath().stream()
                .filter(p -> p.getFileName().toString().startsWith("solo-engine")).findFirst().orElseThrow().toString();
        String cp = javaClasses + File.pathSeparator + engineJar + File.pathSeparator
                + String.join(File.pathSeparator, ItEnv.junitJars());
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", javaClasses.toString(), "-cp",
                cp, setupSource.toString(), clientSource.toString()), "javac");
        Host host = Host.solo("scripts-java", List.of("run", "-cp", cp, "--color", "never", "--select-class",
                "HttpClientTest"));
        workspace(host.workDir(), """
                [scripts.setup.http]
                class = "HttpSetup"

                [profile.default]
                test-threads = 2

                [[profile.default.scripts]]
                filter = 'class(HttpClientTest)'
                setup = ["http"]
                """);
        HostRun run = host.env("SOLO_CACHE_DIR", host.workDir().resolve("cache").toString())
                .timeout(Duration.ofSeconds(60)).run();

        assertEquals(0, run.exitCode(), run.describe());
        String out = run.stdoutText();
        assertTrue(out.contains("4 tests run: 4 passed"), out);
        assertTrue(out.matches("(?s).*\\n +SETUP \\[ *\\d+\\.\\d{3}s\\] http\\n.*"), out);
        assertTrue(out.matches("(?s).*\\n +TEARDOWN \\[ *\\d+\\.\\d{3}s\\] http\\n.*"), out);
        assertEquals("stopped", Files.readString(run.workDir().resolve("torn-down.txt")));
        long setupPid = Long.parseLong(Files.readString(run.workDir().resolve("setup.pid")).trim());
        assertFalse(Processes.isRunning(setupPid), "the setup's JVM outlived the run");
        assertNothingLeftBehind(run, Duration.ofSeconds(5));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }
}
