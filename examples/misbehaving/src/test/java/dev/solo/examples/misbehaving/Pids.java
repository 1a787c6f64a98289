package dev.solo.examples.misbehaving;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Lets integration tests see which JVM ran which fixture. Every fixture calls {@link #record}
 * first thing: it prints {@code PID=<pid> TEST=<name> ATTEMPT=<n>} to stdout (and
 * {@code STDERR TEST=<name>} to stderr) and, when the system
 * property {@code fixture.pid.dir} is set, appends {@code pid=<pid> attempt=<n> java=<feature version>}
 * to {@code <fixture.pid.dir>/<name>.pid} (one line per attempt), and this JVM's command line
 * to {@code <name>.cmdline} (see {@link CommandLine}).
 */
public final class Pids {

    public static final String DIR_PROPERTY = "fixture.pid.dir";

    private Pids() {
    }

    public static long record(String name) {
        long pid = ProcessHandle.current().pid();
        String attempt = System.getenv().getOrDefault("SOLO_ATTEMPT", "0");
        System.out.println("PID=" + pid + " TEST=" + name + " ATTEMPT=" + attempt);
        System.out.flush();
        // One line on stderr too, so hosts can be checked for attributing both streams to the right test.
        System.err.println("STDERR TEST=" + name);
        System.err.flush();
        append(name, "pid=" + pid + " attempt=" + attempt + " java=" + Runtime.version().feature());
        note(name + ".cmdline", CommandLine.describe());
        return pid;
    }

    /** Records another process a fixture started, e.g. {@code sleep=<pid>}. */
    public static void recordExtra(String name, String key, long value) {
        System.out.println(key.toUpperCase() + "=" + value + " TEST=" + name);
        System.out.flush();
        append(name, key + "=" + value);
    }

    private static void append(String name, String line) {
        note(name + ".pid", line + "\n");
    }

    /** Appends text to {@code <fixture.pid.dir>/<file>}, if that property is set. */
    static void note(String file, String text) {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            Path folder = Path.of(dir);
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
