// The scripts row (issue 26): a suite whose tests each need a server, the two ways a team can give
// it one under Solo. 50 tests (5 classes of 10) through console-standalone + Solo -j<threads>; each
// test asks a small TCP server (a JVM of its own, Server.java) one question. "A server per test":
// each test starts the server in a process of its own and stops it, as a suite that started one
// in @BeforeEach does once every test has a JVM of its own. "One server, a setup script": the same
// tests, and .config/solo.toml's [scripts.setup.server] starts it once, exporting its port. The
// server is the cheapest a JVM can be (no framework, no data): a database or an application
// server takes seconds to start, so its row would differ by more. Part of the harness.

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

final class Scripts {
    private Scripts() {}

    static final int CLASSES = 5, METHODS = 10;

    static void row(boolean solo) throws Exception {
        if (!solo) { Harness.notes.add("scripts row: needs the Solo engine jar; skipped."); return; }
        int n = CLASSES * METHODS;
        Path root = Harness.work.resolve("scripts");
        Harness.deleteTree(root);
        Path server = compile(root.resolve("server"), "Server.java", SERVER, List.of());
        Path tests = tests(root.resolve("tests"));
        Path own = Files.createDirectories(root.resolve("own"));
        Path shared = Files.createDirectories(root.resolve("shared/.config")).getParent();
        Harness.write(shared.resolve(".config/solo.toml"), CONFIG);
        Map<String, String> env = Map.of("SERVER_CLASSES", server.toString(), "JAVA_BIN", Harness.java(),
                "SOLO_CACHE_DIR", Harness.work.resolve("scripts-cache").toString());
        List<String> cmd = Harness.console(List.of(tests.toString()), tests.toString(), true, Harness.threads, List.of());
        // Untimed: the class-data archive of this class path made before either timed run.
        Cpu.measure("scripts-warm", cmd, env, false, own);
        List<Cpu.Run> perTest = new ArrayList<>(), once = new ArrayList<>();
        for (int i = 0; i < Math.max(1, Harness.runsLong); i++) {
            perTest.add(Cpu.expect(Cpu.measure("scripts-per-test", cmd, env, false, own), n));
            once.add(Cpu.expect(Cpu.measure("scripts-setup", cmd, env, false, shared), n));
        }
        Cpu.Run base = Cpu.med(perTest), setup = Cpu.med(once);
        StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "Scripts (%d tests that each ask a TCP server, a JVM of its own; "
                + "console-standalone + Solo -j%d; %d run(s) each, round-robin, median by host CPU)%n%n", n, Harness.threads,
                perTest.size()));
        t.append("| Variant | Wall s | vs a server per test | Host CPU s | Child CPU s | Child CPU/test ms | Results |\n");
        t.append("|---|---:|---:|---:|---:|---:|---|\n");
        line(t, "a server per test (each test starts and stops its own)", base, base, n);
        line(t, "one server, started by a setup script", setup, base, n);
        Harness.tables.add(t.toString());
        Harness.notes.add(String.format(Locale.ROOT, "scripts: the shared server saved %.0f ms of test JVMs' CPU per test "
                + "(a test that found no SERVER_PORT would have started its own, and cost the same).",
                (Cpu.ms(base.childTicks()) - Cpu.ms(setup.childTicks())) / n));
    }

    static void line(StringBuilder t, String name, Cpu.Run r, Cpu.Run base, int n) {
        Map<String, Long> c = Runs.parseCounts(r.out());
        t.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f× | %.2f | %.2f | %.0f | %s passed, %s failed |%n", name, r.wall(),
                r.wall() / base.wall(), Cpu.ms(r.hostTicks()) / 1000, Cpu.ms(r.childTicks()) / 1000, Cpu.ms(r.childTicks()) / n,
                c.getOrDefault("successful", 0L), c.getOrDefault("failed", 0L)));
    }

    static Path tests(Path dir) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/bench/scripts"));
        List<String> files = new ArrayList<>();
        Harness.write(src.resolve("Ask.java"), ASK);
        files.add(src.resolve("Ask.java").toString());
        for (int c = 0; c < CLASSES; c++) {
            StringBuilder s = new StringBuilder("package bench.scripts;\n\nimport org.junit.jupiter.api.Test;\n\nclass S")
                    .append(String.format("%02d", c)).append("Test {\n");
            for (int m = 0; m < METHODS; m++) s.append("    @Test void m").append(m).append("() throws Exception { Ask.server(); }\n");
            Path f = src.resolve(String.format("S%02dTest.java", c));
            Harness.write(f, s.append("}\n").toString());
            files.add(f.toString());
        }
        Path out = dir.resolve("classes");
        List<String> cmd = new ArrayList<>(List.of(Harness.jdk.resolve("bin/javac").toString(), "--release", "17", "-d", out.toString(),
                "-cp", Harness.csJar.toString()));
        cmd.addAll(files);
        Runs.mustRun("scripts-javac", cmd, null, null);
        return out;
    }

    static Path compile(Path dir, String name, String source, List<String> cp) throws Exception {
        Files.createDirectories(dir);
        Harness.write(dir.resolve(name), source);
        Runs.mustRun("scripts-javac-" + name, List.of(Harness.jdk.resolve("bin/javac").toString(), "--release", "17", "-d", dir.toString(),
                dir.resolve(name).toString()), null, null);
        return dir;
    }

    static final String SERVER = """
            import java.io.*;
            import java.net.*;
            import java.nio.file.*;

            public class Server {
                public static void main(String[] args) throws Exception {
                    ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                    Path tmp = Path.of(args[0] + ".tmp");
                    Files.writeString(tmp, String.valueOf(socket.getLocalPort()));
                    Files.move(tmp, Path.of(args[0]), StandardCopyOption.ATOMIC_MOVE);
                    while (true) {
                        try (Socket s = socket.accept()) {
                            new BufferedReader(new InputStreamReader(s.getInputStream())).readLine();
                            s.getOutputStream().write("ok\\n".getBytes());
                        }
                    }
                }
            }
            """;

    static final String ASK = """
            package bench.scripts;

            import java.io.*;
            import java.net.*;
            import java.nio.file.*;

            final class Ask {
                /** Asks the run's server (SERVER_PORT, a setup's), or one of the test's own, started and stopped here. */
                static void server() throws Exception {
                    String shared = System.getenv("SERVER_PORT");
                    if (shared != null) {
                        ask(Integer.parseInt(shared));
                        return;
                    }
                    Path port = Files.createTempDirectory("server").resolve("port");
                    Process server = new ProcessBuilder(System.getenv("JAVA_BIN"), "-cp", System.getenv("SERVER_CLASSES"),
                            "Server", port.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                    try {
                        while (!Files.exists(port)) {
                            if (!server.isAlive()) throw new IllegalStateException("server exited " + server.exitValue());
                            Thread.sleep(5);
                        }
                        ask(Integer.parseInt(Files.readString(port).trim()));
                    } finally {
                        server.destroy();
                        server.waitFor();
                    }
                }

                static void ask(int port) throws IOException {
                    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                        s.getOutputStream().write("question\\n".getBytes());
                        String answer = new BufferedReader(new InputStreamReader(s.getInputStream())).readLine();
                        if (!"ok".equals(answer)) throw new AssertionError("server answered " + answer);
                    }
                }
            }
            """;

    static final String CONFIG = """
            [scripts.setup.server]
            command = ["sh", "-c", "p=$(mktemp -d)/port; \\"$JAVA_BIN\\" -cp \\"$SERVER_CLASSES\\" Server \\"$p\\" >/dev/null 2>&1 & while [ ! -s \\"$p\\" ]; do sleep 0.01; done; echo SERVER_PORT=$(cat \\"$p\\") >> \\"$SOLO_ENV\\""]

            [[profile.default.scripts]]
            filter = 'all()'
            setup = ["server"]
            """;
}
