package dev.solo.examples.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.solo.examples.it.support.ItEnv;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import javax.tools.ToolProvider;

/**
 * What the setup-script ITs share: a TCP server a setup script starts in the background and
 * whose port it exports, the client tests that talk to it (compiled on the spot: in the fixtures'
 * jar they would fail every other host's run), and the workspace holding both.
 */
final class ScriptFixtures {
    static final int CLIENTS = 10;

    private ScriptFixtures() {
    }

    /** The client tests compiled into {@code classes}; their class path with JUnit's jars. */
    static String compileClients(Path classes) throws IOException {
        StringBuilder client = new StringBuilder("""
                import static org.junit.jupiter.api.Assertions.assertEquals;
                import java.io.*;
                import java.net.*;
                import org.junit.jupiter.api.Test;
                class ServerClientTest {
                    static void talk(int n) throws Exception {
                        int port = Integer.parseInt(System.getenv("SERVER_PORT"));
                        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                            String me = ProcessHandle.current().pid() + " " + n;
                            s.getOutputStream().write((me + "\\n").getBytes());
                            s.getOutputStream().flush();
                            String answer = new BufferedReader(new InputStreamReader(s.getInputStream())).readLine();
                            assertEquals("served " + me, answer);
                        }
                    }
                """);
        IntStream.rangeClosed(1, CLIENTS).forEach(n -> client.append("    @Test void client").append(n)
                .append("() throws Exception { talk(").append(n).append("); }\n"));
        client.append("}\n");
        Path clientSource = classes.resolve("ServerClientTest.java");
        Files.writeString(clientSource, client);
        Path slowSource = classes.resolve("SlowClientTest.java");
        Files.writeString(slowSource, """
                import org.junit.jupiter.api.Test;
                class SlowClientTest {
                    @Test void waits() throws Exception { ServerClientTest.talk(0); Thread.sleep(60_000); }
                }
                """);
        Path failingSource = classes.resolve("FailingClientTest.java");
        Files.writeString(failingSource, """
                import org.junit.jupiter.api.Test;
                class FailingClientTest {
                    @Test void failsOnceServed() throws Exception { ServerClientTest.talk(-1); throw new AssertionError("broken"); }
                }
                """);
        String classPath = classes + File.pathSeparator + String.join(File.pathSeparator, ItEnv.junitJars());
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), "-cp",
                classPath, clientSource.toString(), slowSource.toString(), failingSource.toString());
        assertEquals(0, compiled, "javac");
        return classPath;
    }

    /** A workspace: the server's source, the setup script and {@code .config/solo.toml} naming them. */
    static void workspace(Path dir, String toml) {
        try {
            Files.writeString(dir.resolve("Server.java"), """
                    import java.io.*;
                    import java.net.*;
                    import java.nio.file.*;
                    public class Server {
                        public static void main(String[] args) throws Exception {
                            try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
                                Files.writeString(Path.of("server.pid"), String.valueOf(ProcessHandle.current().pid()));
                                Files.writeString(Path.of("port.tmp"), String.valueOf(server.getLocalPort()));
                                Files.move(Path.of("port.tmp"), Path.of("port.txt"), StandardCopyOption.ATOMIC_MOVE);
                                while (true) {
                                    try (Socket s = server.accept()) {
                                        String line = new BufferedReader(new InputStreamReader(s.getInputStream())).readLine();
                                        Files.writeString(Path.of("connections.txt"), line + "\\n",
                                                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                                        s.getOutputStream().write(("served " + line + "\\n").getBytes());
                                    }
                                }
                            }
                        }
                    }
                    """);
            Path setup = dir.resolve("start-server.sh");
            Files.writeString(setup, """
                    #!/bin/sh
                    "$JAVA" Server.java > server.log 2>&1 &
                    echo "SERVER_PID=$!" >> "$SOLO_ENV"
                    while [ ! -s port.txt ]; do sleep 0.05; done
                    echo "SERVER_PORT=$(cat port.txt)" >> "$SOLO_ENV"
                    echo "server listening on $(cat port.txt)"
                    """);
            setup.toFile().setExecutable(true);
            Path config = dir.resolve(".config/solo.toml");
            Files.createDirectories(config.getParent());
            Files.writeString(config, toml.replace("@JAVA@", ItEnv.java().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String SERVER = """
            [scripts.setup.server]
            command = "./start-server.sh"
            env = { JAVA = "@JAVA@" }
            capture-stdout = true
            teardown = "stop-server"

            [scripts.teardown.stop-server]
            command = ["sh", "-c", "kill $SERVER_PID && echo stopped $SERVER_PID > stopped.txt"]

            [profile.default]
            test-threads = 2

            [[profile.default.scripts]]
            filter = 'class(~ClientTest)'
            setup = ["server"]
            """;
}
