package dev.solo.examples.it;

import static dev.solo.examples.it.support.SoloAssertions.assertNothingLeftBehind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;
import dev.solo.examples.it.support.TestCaseResult;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live status dump, with real processes: SIGUSR1 to {@code solo run} prints the running test
 * with its pid, last output and a thread dump of its JVM showing where it sleeps, and the run
 * ends as it would have; {@code solo status} reads a console-standalone host's run (and SIGUSR1 to
 * that host prints it there); with nothing running it says so. The fixture sleeps until released,
 * so the dump never races its end.
 */
@Tag("engine")
class LiveStatusTest {
    /**
     * Where each host's cache goes: a short path, so that its sockets sit in its own {@code status/}
     * folder, where these tests look. Under a cache as deep as a CI clone's work folder a socket's
     * path would not fit, and a stand-in folder in the temporary one holds it (StatusSocketTest).
     */
    @TempDir
    Path shortTemp;

    private static final String FIXTURE = ItEnv.FIXTURES + "StatusDumpTest";
    private static final String TEST = FIXTURE + " sleepsUntilReleased()";
    private static final String FRAME = FIXTURE + ".sleepsUntilReleased(StatusDumpTest.java:";
    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Test
    void sigusr1ToSoloRunPrintsTheSleepingTestWithItsThreadDumpAndTheRunEndsAsWithout() {
        Sleeper sleeper = new Sleeper("cli", shortTemp);
        Host host = sleeper.in(Host.solo("status-signal", List.of("run", "-cp", classPath(),
                "--scan-class-path=" + jar(), "--color", "never", "-E", "test(~StatusDumpTest)")));
        Path stderr = host.workDir().resolve("stderr.txt");
        HostRun run = host.whileRunning(solo -> {
            long pid = sleeper.awaitAsleep();
            signal(solo.pid());
            awaitText(stderr, text -> text.contains(FRAME));
            sleeper.release();
            assertEquals(pid, sleeper.pid.get());
        }).run();

        String err = run.stderrText();
        assertTrue(err.contains("solo: status: 1 running, 0 of 1 done, elapsed "), run.describe());
        assertTrue(err.contains("    RUNNING [slot 0] " + TEST + " pid " + sleeper.pid.get() + " attempt 1/1 ["),
                run.describe());
        // What the host had read of the test's pipes when it was asked: the lines the test printed
        // last may still be on their way, so any of them shows that output is there.
        assertTrue(err.contains("        last output:\n          status fixture line "), run.describe());
        assertTrue(err.contains("java.lang.Thread.sleep"), run.describe());
        // As without a dump: it passed, the run exits 0, and its captured output is the test's alone.
        assertEquals(0, run.exitCode(), run.describe());
        assertTrue(run.stdoutText().contains("1 test run: 1 passed"), run.describe());
        String junit = read(host.workDir().resolve("target/solo/default/junit.xml"));
        assertTrue(junit.contains("status fixture line 12"), junit);
        assertFalse(junit.contains("Thread.sleep") || junit.contains("thread dump"), junit);
        assertNothingLeftBehind(run, Duration.ofSeconds(10));
        assertNoSocketLeft(sleeper);
    }

    /**
     * On a terminal (a pseudo-terminal of {@code script}'s), {@code t} prints the dump above the
     * progress bar, and the terminal's mode is as before once solo is gone ({@code stty -a} before
     * and after), even when a third Ctrl-C halts it: a halt runs no shutdown hook, JLine's included.
     */
    @Test
    void theTKeyOnATerminalPrintsTheDumpAndTheTerminalsModeSurvivesAHalt() {
        Sleeper sleeper = new Sleeper("key", shortTemp);
        String solo = String.join(" ", ItEnv.java().toString(), "-jar", ItEnv.soloJar().toString(), "run", "-cp",
                classPath(), "--scan-class-path=" + jar(), "--color", "never", "--show-progress", "bar", "-E",
                "'test(~StatusDumpTest)'");
        // The shell shares solo's process group, so every Ctrl-C reaches it too: a trap keeps it
        // alive to print solo's code (a shell dies of a SIGINT that lands after solo has ended),
        // and, being a command, not an ignored signal, it leaves solo's own handler in place.
        String shell = "trap : INT; stty -a; echo STTY-END; " + solo + "; echo EXIT=$?; stty -a";
        Host host = sleeper.in(Host.command("status-key", List.of("script", "-qfec", shell, "/dev/null")))
                .env("TERM", "xterm");
        Path stdout = host.workDir().resolve("stdout.txt");
        HostRun run = host.whileRunning(script -> {
            sleeper.awaitAsleep();
            type(script, 't');
            awaitText(stdout, text -> text.contains(FRAME));
            // Cancel, kill, halt: apart, so that no two merge into one pending signal, and close
            // enough that the third comes before the killed run has ended on its own.
            for (int i = 0; i < 3; i++) {
                type(script, 3);
                pause(30);
            }
        }).run();

        String out = run.stdoutText().replace("\r", "");
        assertTrue(out.contains("    RUNNING [slot 0] " + TEST + " pid " + sleeper.pid.get() + " attempt 1/1 ["),
                run.describe());
        assertTrue(out.contains("EXIT=106"), run.describe());
        String before = out.substring(0, out.indexOf("STTY-END"));
        String after = out.substring(out.indexOf("EXIT=106") + "EXIT=106".length()).strip();
        assertEquals(before.strip(), after, "the terminal's mode after the run, as before it");
        assertNothingLeftBehind(run, Duration.ofSeconds(10));
    }

    private static void type(Process script, int key) {
        try {
            script.getOutputStream().write(key);
            script.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void soloStatusReadsAHostsRunAndSigusr1ToTheHostPrintsItThere() {
        Sleeper sleeper = new Sleeper("host", shortTemp);
        Host host = sleeper.in(Host.console(ItEnv.currentConsoleJar(), List.of(),
                List.of("--select-class", FIXTURE, "--config", "solo.enabled=true")));
        Path stderr = host.workDir().resolve("stderr.txt");
        AtomicReference<HostRun> status = new AtomicReference<>();
        HostRun run = host.whileRunning(console -> {
            sleeper.awaitAsleep();
            status.set(sleeper.in(Host.solo("status", List.of("status"))).timeout(WITHIN).run());
            signal(console.pid());
            awaitText(stderr, text -> text.contains(FRAME));
            sleeper.release();
        }).run();

        HostRun asked = status.get();
        assertEquals(0, asked.exitCode(), asked.describe());
        String out = asked.stdoutText();
        assertTrue(out.contains("solo: pid " + run.hostPid()), asked.describe());
        assertTrue(out.contains("    RUNNING [slot 0] " + TEST + " pid " + sleeper.pid.get() + " attempt 1/1 ["),
                asked.describe());
        assertTrue(out.contains("java.lang.Thread.sleep") && out.contains(FRAME), asked.describe());
        assertTrue(run.stderrText().contains("    RUNNING [slot 0] " + TEST + " pid " + sleeper.pid.get()),
                run.describe());
        assertEquals(0, run.exitCode(), run.describe());
        assertEquals(TestCaseResult.Status.PASSED, run.reports().get("StatusDumpTest", "sleepsUntilReleased()").status(),
                run.describe());
        assertNothingLeftBehind(run, Duration.ofSeconds(10));
        assertNoSocketLeft(sleeper);
    }

    @Test
    void soloStatusWithNothingRunningSaysSoExits4AndRemovesAStaleSocket() throws Exception {
        Sleeper nothing = new Sleeper("idle", shortTemp);
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor(10, TimeUnit.SECONDS);
        Path stale = nothing.cache.resolve("status").resolve(gone.pid() + ".sock");
        Files.createDirectories(stale.getParent());
        Files.createFile(stale);

        HostRun run = nothing.in(Host.solo("status-idle", List.of("status"))).timeout(WITHIN).run();

        assertEquals(4, run.exitCode(), run.describe());
        assertEquals("solo: no running run", run.stderrText().strip(), run.describe());
        assertFalse(Files.exists(stale), "a dead JVM's socket is removed");
    }

    /** The fixture's two files and a cache folder of its own, for one host. */
    private static final class Sleeper {
        final Path cache;
        final Path ready;
        final Path release;
        final AtomicLong pid = new AtomicLong();

        Sleeper(String name, Path cacheBase) {
            Path dir = ItEnv.newWorkDir("status-" + name);
            cache = cacheBase.resolve("cache-" + name);
            ready = dir.resolve("ready");
            release = dir.resolve("release");
        }

        Host in(Host host) {
            return host.env("SOLO_CACHE_DIR", cache.toString()).env("SOLO_IT_STATUS_READY", ready.toString())
                    .env("SOLO_IT_STATUS_RELEASE", release.toString()).timeout(Duration.ofMinutes(1));
        }

        long awaitAsleep() {
            awaitText(ready, text -> !text.isBlank());
            pid.set(Long.parseLong(read(ready).strip()));
            return pid.get();
        }

        void release() {
            try {
                Files.createFile(release);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void assertNoSocketLeft(Sleeper sleeper) {
        try (Stream<Path> left = Files.list(sleeper.cache.resolve("status"))) {
            assertEquals(List.of(), left.toList(), "the run removes its socket");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void signal(long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-USR1", String.valueOf(pid)).inheritIO().start();
            assertEquals(0, kill.waitFor(), "kill -USR1 " + pid);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void awaitText(Path file, Predicate<String> done) {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (!(Files.exists(file) && done.test(read(file)))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + WITHIN.toSeconds() + "s for " + file
                        + (Files.exists(file) ? ":\n" + read(file) : " to exist"));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String jar() {
        return ItEnv.fixturesTestJar().toString();
    }

    private static String classPath() {
        return Stream.concat(Stream.of(jar()), ItEnv.junitJars().stream()).collect(Collectors.joining(File.pathSeparator));
    }
}
