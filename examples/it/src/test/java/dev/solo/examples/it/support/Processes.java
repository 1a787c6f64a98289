package dev.solo.examples.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Finds processes through {@code /proc}. Every host an integration test starts gets an
 * environment variable {@code SOLO_IT_MARKER=<uuid>}; child JVMs and whatever they spawn inherit
 * it, so "what is left of this run" is exact even if other Solo runs share the machine.
 */
public final class Processes {

    public static final String MARKER_VARIABLE = "SOLO_IT_MARKER";

    public record Proc(long pid, String commandLine) {
        public boolean isSoloChild() {
            return commandLine.contains(ItEnv.CHILD_MAIN);
        }

        public boolean isLeakedSleep() {
            return commandLine.startsWith("sleep 300") || commandLine.contains("/sleep 300");
        }

        @Override
        public String toString() {
            String cmd = commandLine.length() > 200 ? commandLine.substring(0, 200) + "…" : commandLine;
            return pid + ": " + cmd;
        }
    }

    private Processes() {
    }

    /** The NUL-separated command line of a process, joined with spaces; empty if it is gone. */
    public static String commandLine(long pid) {
        return readProc(pid, "cmdline").map(s -> s.replace('\0', ' ').trim()).orElse("");
    }

    private static Optional<String> readProc(long pid, String file) {
        try {
            return Optional.of(new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), file)),
                    StandardCharsets.UTF_8));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static boolean hasMarker(long pid, String marker) {
        String needle = MARKER_VARIABLE + "=" + marker;
        return readProc(pid, "environ")
                .map(env -> List.of(env.split("\0")).contains(needle))
                .orElse(false);
    }

    /** Every live process (other than this JVM) carrying the marker. */
    public static List<Proc> withMarker(String marker) {
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(ProcessHandle::isAlive)
                .map(ProcessHandle::pid)
                .filter(pid -> pid != self)
                .filter(pid -> hasMarker(pid, marker))
                .map(pid -> new Proc(pid, commandLine(pid)))
                .filter(p -> !p.commandLine().isEmpty()) // zombies have an empty cmdline
                .collect(Collectors.toList());
    }

    /** Solo child JVMs and leaked {@code sleep 300}s carrying the marker. */
    public static List<Proc> leftovers(String marker) {
        return withMarker(marker).stream()
                .filter(p -> p.isSoloChild() || p.isLeakedSleep())
                .collect(Collectors.toList());
    }

    /**
     * Running (not zombie) processes whose last argument is {@code lastArgument}: the fixtures'
     * leaked {@code sleep 987 <marker>}, which any host's child may have left anywhere in the tree.
     */
    public static List<Proc> withLastArgument(String lastArgument) {
        return ProcessHandle.allProcesses()
                .map(ProcessHandle::pid)
                .filter(pid -> readProc(pid, "cmdline")
                        .map(cmdline -> cmdline.endsWith("\0" + lastArgument + "\0")).orElse(false))
                .filter(Processes::isRunning)
                .map(pid -> new Proc(pid, commandLine(pid)))
                .collect(Collectors.toList());
    }

    /** Child JVMs that are descendants of this JVM (for the in-process Launcher API host). */
    public static List<Proc> soloChildrenOfThisJvm() {
        return ProcessHandle.current().descendants()
                .filter(ProcessHandle::isAlive)
                .map(h -> new Proc(h.pid(), commandLine(h.pid())))
                .filter(p -> p.isSoloChild() || p.isLeakedSleep())
                .collect(Collectors.toList());
    }

    /** True if the pid is alive and is not a zombie. */
    public static boolean isRunning(long pid) {
        Optional<String> stat = readProc(pid, "stat");
        if (stat.isEmpty()) {
            return false;
        }
        String s = stat.get();
        int close = s.lastIndexOf(')');
        if (close < 0 || close + 2 >= s.length()) {
            return false;
        }
        char state = s.charAt(close + 2);
        return state != 'Z' && state != 'X';
    }

    public static List<Long> running(Collection<Long> pids) {
        return pids.stream().filter(Processes::isRunning).collect(Collectors.toList());
    }

    /** Polls until the condition holds or the timeout passes; returns the final value. */
    public static boolean await(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return condition.getAsBoolean();
            }
        }
    }

    /** Cleanup after a test: SIGKILL everything still carrying the marker; returns what was killed. */
    public static List<Proc> killAll(String marker) {
        List<Proc> killed = new ArrayList<>();
        for (Proc p : withMarker(marker)) {
            ProcessHandle.of(p.pid()).ifPresent(h -> {
                if (h.destroyForcibly()) {
                    killed.add(p);
                }
            });
        }
        return killed;
    }

    /** Cleanup after a test: SIGKILL the given pids if they still run and are Solo children or leaked sleeps. */
    public static void killPids(Collection<Long> pids) {
        for (long pid : pids) {
            Proc p = new Proc(pid, commandLine(pid));
            if (isRunning(pid) && (p.isSoloChild() || p.isLeakedSleep())) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }
}
