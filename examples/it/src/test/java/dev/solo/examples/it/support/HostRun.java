package dev.solo.examples.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The outcome of one host process (console launcher or nested Maven) started by a test. */
public record HostRun(
        List<String> command,
        long hostPid,
        int exitCode,
        boolean timedOut,
        Duration duration,
        Path workDir,
        Path stdout,
        Path stderr,
        Path reportsDir,
        Path pidDir,
        Path tmpDir,
        String marker,
        List<Processes.Proc> leftoversAtExit) {

    public JUnitXmlReports reports() {
        return JUnitXmlReports.read(reportsDir);
    }

    /** What is left in the host's private {@code java.io.tmpdir} (console hosts only; empty otherwise). */
    public List<Path> tmpLeftovers() {
        if (tmpDir == null || !Files.isDirectory(tmpDir)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> files = Files.walk(tmpDir)) {
            return files.filter(p -> !p.equals(tmpDir)).toList();
        } catch (IOException e) {
            return List.of(tmpDir.resolve("<unreadable: " + e + ">"));
        }
    }

    public PidRecords pids() {
        return PidRecords.read(pidDir);
    }

    public String stdoutText() {
        return read(stdout);
    }

    public String stderrText() {
        return read(stderr);
    }

    private static String read(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return "";
        }
        try {
            long size = Files.size(file);
            if (size > 1_000_000) {
                return "<" + size + " bytes, see " + file + ">";
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "<unreadable " + file + ": " + e + ">";
        }
    }

    /** Everything useful for an assertion message. */
    public String describe() {
        String out = stdoutText();
        String err = stderrText();
        return "command: " + String.join(" ", command)
                + "\nexit code: " + exitCode + (timedOut ? " (TIMED OUT, killed)" : "")
                + ", host pid " + hostPid + ", took " + duration.toMillis() + " ms"
                + "\nwork dir: " + workDir
                + "\n--- stdout (tail) ---\n" + tail(out, 6000)
                + "\n--- stderr (tail) ---\n" + tail(err, 6000);
    }

    private static String tail(String s, int max) {
        return s.length() <= max ? s : "…" + s.substring(s.length() - max);
    }
}
