package dev.solo.examples.suites.steps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where each test ran, for ../it to tell one JVM per test from one for all: with SUITES_PID_DIR
 * set (environment, so Solo's child JVMs see it too), appends {@code pid=<pid>} to
 * {@code <dir>/<name>.pid}; without it, does nothing.
 */
public final class PidLog {
    private PidLog() {
    }

    public static void record(String name) {
        String dir = System.getenv("SUITES_PID_DIR");
        if (dir == null || dir.isEmpty()) {
            return;
        }
        Path file = Path.of(dir, name.replaceAll("[^A-Za-z0-9.]", "_") + ".pid");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "pid=" + ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
