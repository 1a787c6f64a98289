package dev.solo.examples.it.support;

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
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Starts a host process with a unique {@link Processes#MARKER_VARIABLE}, output to files in a
 * fresh work directory, and a hard timeout after which it and everything carrying its marker is
 * killed (so a broken engine cannot leave the machine full of JVMs).
 */
public final class Host {

    private final String name;
    private final List<String> command = new ArrayList<>();
    private final Path workDir;
    private final Path reportsDir;
    private final Path pidDir;
    private final String marker = UUID.randomUUID().toString();

    /** Every marker handed out, so {@link KillLeftovers} can clean up after failed assertions. */
    static final Set<String> MARKERS = ConcurrentHashMap.newKeySet();
    private Path directory;
    private Path tmpDir;
    private Duration timeout = Duration.ofSeconds(120);
    private boolean discardStdout;
    private Consumer<Process> whileRunning = p -> { };
    private final Map<String, String> env = new java.util.LinkedHashMap<>();

    private Host(String name) {
        this.name = name;
        this.workDir = ItEnv.newWorkDir(name);
        this.reportsDir = workDir.resolve("reports");
        this.pidDir = workDir.resolve("pids");
        this.directory = workDir;
        MARKERS.add(marker);
    }

    /**
     * {@code java [jvmArgs] -Dfixture.pid.dir=… -jar junit-platform-console-standalone-<v>.jar execute
     * -cp <fixtures> --reports-dir … [args]}. Add {@code --config solo.enabled=true} to turn Solo on.
     */
    public static Host console(Path consoleJar, List<String> jvmArgs, List<String> args) {
        return console(ItEnv.java(), consoleJar, jvmArgs, args);
    }

    /** As {@link #console(Path, List, List)}, on the given {@code java} executable. */
    public static Host console(Path java, Path consoleJar, List<String> jvmArgs, List<String> args) {
        Host host = new Host("console-" + consoleJar.getFileName().toString()
                .replace("junit-platform-console-standalone-", "").replace(".jar", ""));
        host.command.add(java.toString());
        host.command.addAll(jvmArgs);
        // A private java.io.tmpdir (inherited by the children), to see what the run leaves in it.
        host.tmpDir = host.workDir.resolve("tmp");
        host.command.add("-Djava.io.tmpdir=" + host.tmpDir);
        host.command.add("-Dfixture.pid.dir=" + host.pidDir);
        host.command.addAll(List.of("-jar", consoleJar.toString(), "execute",
                "--disable-banner", "--disable-ansi-colors", "--details=tree",
                "-cp", ItEnv.fixtureClasspath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                "--reports-dir", host.reportsDir.toString()));
        host.command.addAll(args);
        return host;
    }

    /**
     * {@code java -jar solo.jar [args]}, whose nested Maven (for a project input) uses this
     * build's local repository.
     */
    public static Host solo(String name, List<String> args) {
        Host host = new Host("solo-" + name);
        host.command.addAll(List.of(ItEnv.java().toString(), "-jar", ItEnv.soloJar().toString()));
        host.command.addAll(args);
        host.env.put("MAVEN_OPTS", "-Dmaven.repo.local=" + ItEnv.localRepository());
        return host;
    }

    /** Any command (used for the nested Maven build). */
    public static Host command(String name, List<String> command) {
        Host host = new Host(name);
        host.command.addAll(command);
        return host;
    }

    public Path pidDir() {
        return pidDir;
    }

    public Path reportsDir() {
        return reportsDir;
    }

    public Path workDir() {
        return workDir;
    }

    public String marker() {
        return marker;
    }

    public Host timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    public Host directory(Path directory) {
        this.directory = directory;
        return this;
    }

    public Host discardStdout() {
        this.discardStdout = true;
        return this;
    }

    /** An environment variable of the host's (its children inherit it). */
    public Host env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public Host addArgs(String... args) {
        command.addAll(List.of(args));
        return this;
    }

    /** Runs while the host is alive (e.g. to send it SIGTERM); the host is then awaited as usual. */
    public Host whileRunning(Consumer<Process> action) {
        this.whileRunning = action;
        return this;
    }

    public HostRun run() {
        Path stdout = workDir.resolve("stdout.txt");
        Path stderr = workDir.resolve("stderr.txt");
        try {
            Files.createDirectories(reportsDir);
            if (tmpDir != null) {
                Files.createDirectories(tmpDir);
            }
            Files.writeString(workDir.resolve("command.txt"), String.join(" ", command) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(discardStdout ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile()))
                .redirectError(ProcessBuilder.Redirect.to(stderr.toFile()));
        Map<String, String> env = builder.environment();
        // A host must not look like a Solo child even if these tests themselves run in one.
        env.keySet().removeIf(key -> key.equals("SOLO") || key.startsWith("SOLO_"));
        env.putAll(this.env);
        env.put(Processes.MARKER_VARIABLE, marker);
        long start = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        boolean timedOut = false;
        List<Processes.Proc> leftoversAtExit;
        try {
            whileRunning.accept(process);
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                timedOut = true;
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } finally {
            leftoversAtExit = Processes.leftovers(marker);
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        int exit = process.isAlive() ? -1 : process.exitValue();
        String summary = name + ": exit " + exit + (timedOut ? " (timed out)" : "") + " after " + took.toMillis()
                + " ms, host pid " + process.pid() + ", work dir " + workDir;
        System.out.println("[host] " + summary);
        try {
            Files.writeString(workDir.resolve("result.txt"), summary + "\n");
        } catch (IOException ignored) {
            // Diagnostics only.
        }
        return new HostRun(List.copyOf(command), process.pid(), exit,
                timedOut, took, workDir, discardStdout ? null : stdout, stderr, reportsDir, pidDir, tmpDir, marker,
                leftoversAtExit);
    }

    @Override
    public String toString() {
        return name + " " + command;
    }
}
