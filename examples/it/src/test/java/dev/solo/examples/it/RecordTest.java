package dev.solo.examples.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.engine.compress.Zstd;
import dev.solo.engine.events.NotRun;
import dev.solo.engine.events.Rerun;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.record.RecordedRun;
import dev.solo.engine.store.RecordedDurations;
import dev.solo.engine.store.RunStatus;
import dev.solo.engine.store.RunStore;
import dev.solo.engine.store.RunSummary;
import dev.solo.examples.it.support.Handshakes;
import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;
import dev.solo.examples.it.support.Processes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every run is recorded, whoever hosts it: here the console launcher, killed mid-run, run
 * with secrets in its environment, and run twice at once into one store.
 */
class RecordTest {

    @Test
    void aHostKilledMidRunLeavesAnIncompleteRecordThatKeepsEveryFinishedTest() throws Exception {
        Path cache = ItEnv.newWorkDir("record-kill-cache");
        HostRun killed = console("record-kill", cache, "OutcomesTest", "HangTest")
                .whileRunning(process -> {
                    // Once the passing tests are recorded, the host dies as a CI runner's timeout kills it.
                    awaitFinished(cache, "passes()");
                    process.destroyForcibly();
                })
                .run();
        // Every child follows its host; only the host's temporary folder stays, as after any SIGKILL.
        assertTrue(Processes.await(Duration.ofSeconds(15), () -> Processes.leftovers(killed.marker()).isEmpty()
                && Processes.running(killed.pids().allPids()).isEmpty()), "processes left: "
                + Processes.leftovers(killed.marker()));

        RunStore store = store(cache);
        RunSummary run = store.runs().get(0);
        assertEquals(RunStatus.INCOMPLETE, run.status(), killed.describe());
        RecordedRun recorded = RecordedRun.read(store, run);
        assertTrue(recorded.replayable(), recorded.problem().toString());
        assertTrue(finishedNames(recorded).contains("passes()"), finishedNames(recorded).toString());
        assertFalse(finishedNames(recorded).contains("hangsIgnoringInterrupts()"));

        // A rerun from the incomplete record skips what passed before the kill and runs the rest.
        HostRun rerun = console("record-kill-rerun", cache, "OutcomesTest").directory(killed.workDir())
                .addArgs("--config", "solo.rerun=latest").run();
        RunSummary second = store.runs().get(0);
        assertEquals(Optional.of(run.runId()), second.rerunOf(), rerun.describe());
        RunEvent.RunStarted started = (RunEvent.RunStarted) RecordedRun.read(store, second).events().get(0);
        Set<String> alreadyPassed = started.skipped().stream().filter(s -> s.reason().equals(Rerun.ALREADY_PASSED))
                .map(NotRun::unit).map(u -> u.descriptor().getDisplayName()).collect(Collectors.toSet());
        assertTrue(alreadyPassed.contains("passes()"), alreadyPassed.toString());
        assertTrue(started.units().stream().anyMatch(u -> u.descriptor().getDisplayName().equals("failsWithMessage()")),
                "what failed runs again");
        assertTrue(started.rerun().orElseThrow().notSeen().stream().anyMatch(t -> t.name().contains("HangTest")),
                "the hanging test, not selected this time, is named as outstanding");
    }

    @Test
    void noSecretOfTheEnvironmentOrCommandLineReachesTheStore() throws IOException {
        Path cache = ItEnv.newWorkDir("record-secrets-cache");
        HostRun run = Host.console(ItEnv.currentConsoleJar(), List.of("-Ddeploy.password=s3cr3t-pw"),
                        List.of("--select-method", ItEnv.FIXTURES + "OutcomesTest#passes", "--config", "solo.enabled=true"))
                .env("SOLO_CACHE_DIR", cache.toString())
                .env("GITHUB_TOKEN", "s3cr3t-gh")
                .env("SOLO_UPLOAD_TOKEN", "s3cr3t-token")
                .env("MAVEN_SIGNING_KEY", "s3cr3t-key")
                .env("JAVA_DB_PASSWORD", "s3cr3t-db")
                .env("MAVEN_CREDENTIALS_FILE", "s3cr3t-cred")
                .env("SOLO_VISIBLE", "shown")
                .run();
        assertEquals(0, run.exitCode(), run.describe());
        RunSummary summary = store(cache).runs().get(0);
        assertEquals("shown", summary.environment().get("SOLO_VISIBLE"), summary.environment().toString());
        assertTrue(summary.command().contains("-Ddeploy.password=***"), summary.command().toString());
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(cache)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (readable(file).contains("s3cr3t")) {
                    leaks.add(file.toString());
                }
            }
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void twoHostsRecordingAtOnceShareOneStore() throws Exception {
        Path cache = ItEnv.newWorkDir("record-concurrent-cache");
        Path workspace = ItEnv.newWorkDir("record-concurrent-workspace");
        CompletableFuture<HostRun> first = CompletableFuture.supplyAsync(
                () -> console("record-a", cache, "OutcomesTest").directory(workspace).run());
        CompletableFuture<HostRun> second = CompletableFuture.supplyAsync(
                () -> console("record-b", cache, "FlakyTest").directory(workspace).run());
        HostRun a = first.get();
        HostRun b = second.get();
        RunStore store = store(cache);
        List<RunSummary> runs = store.runs();
        assertEquals(2, runs.size(), a.describe() + "\n" + b.describe());
        for (RunSummary run : runs) {
            assertEquals(RunStatus.COMPLETED, run.status());
            RecordedRun recorded = RecordedRun.read(store, run);
            assertEquals(Optional.empty(), recorded.problem());
            assertTrue(recorded.events().get(recorded.events().size() - 1) instanceof RunEvent.RunFinished);
        }
    }

    /**
     * What a run records decides how the next one starts each JVM: a test that took a second or
     * more gets the JVM's own compilers back, a quick one keeps fast start's C1-only JVM.
     */
    @Test
    void aTestThatRanLongLastTimeStartsWithTheJvmsOwnCompilers() throws Exception {
        Path cache = ItEnv.newWorkDir("record-compilers-cache");
        // HangTest must time out, and nothing else: 2 s twice leaves a JVM that loads its classes on a
        // loaded machine, with the first run's archive being made beside it, time to start (1 s did not).
        String[] timeout = {"--config", "solo.slow-timeout=2s", "--config", "solo.slow-timeout.terminate-after=2",
                "--config", "solo.slow-timeout.grace-period=1s"};
        HostRun first = console("record-compilers-first", cache, "OutcomesTest", "HangTest").addArgs(timeout).run();
        assertEquals("1", compilerLevel(first, "HangTest.hangsIgnoringInterrupts"), "nothing known yet: fast start");
        assertEquals("1", compilerLevel(first, "OutcomesTest.passes"));

        // What the next run reads: a quick test keeps C1 only. A loaded machine can make even this test
        // take a second, and then the rule goes the other way: the level follows what was recorded.
        long recorded = RecordedDurations.known(store(cache)).entrySet().stream()
                .filter(e -> e.getKey().contains("OutcomesTest") && e.getKey().contains("[method:passes()]"))
                .mapToLong(Map.Entry::getValue).findFirst().orElseThrow();
        HostRun second = console("record-compilers-second", cache, "OutcomesTest", "HangTest")
                .directory(first.workDir()).addArgs(timeout).run();
        assertEquals("4", compilerLevel(second, "HangTest.hangsIgnoringInterrupts"),
                "timed out after 4 s last time: C2 again\n" + second.describe());
        assertEquals(recorded >= 1_000 ? "4" : "1", compilerLevel(second, "OutcomesTest.passes"),
                "OutcomesTest.passes took " + recorded + " ms last time");
        assertTrue(Processes.await(Duration.ofSeconds(15), () -> Processes.running(second.pids().allPids()).isEmpty()),
                "processes left: " + Processes.running(second.pids().allPids()));
    }

    /** The last {@code -XX:TieredStopAtLevel} on the command line of {@code test}'s JVM: the one the JVM keeps. */
    private static String compilerLevel(HostRun run, String test) {
        List<String> arguments = Handshakes.commandLines(run.pidDir()).stream()
                .filter(line -> line.file().equals(test + ".cmdline")).findFirst()
                .orElseThrow(() -> new AssertionError("no command line of " + test + "\n" + run.describe()))
                .arguments();
        String level = null;
        for (String argument : arguments) {
            if (argument.startsWith("-XX:TieredStopAtLevel=")) {
                level = argument.substring("-XX:TieredStopAtLevel=".length());
            }
        }
        return level;
    }

    private static Host console(String name, Path cache, String... classes) {
        List<String> args = new ArrayList<>(ConsoleHostTest.selectClasses(List.of(classes),
                "--config", "solo.enabled=true", "--config", "solo.test-threads=2"));
        return Host.console(ItEnv.currentConsoleJar(), List.of(), args).env("SOLO_CACHE_DIR", cache.toString())
                .timeout(Duration.ofMinutes(2));
    }

    private static RunStore store(Path cache) throws IOException {
        try (Stream<Path> workspaces = Files.list(cache.resolve("records"))) {
            List<Path> all = workspaces.toList();
            assertEquals(1, all.size(), "one workspace: " + all);
            return RunStore.at(all.get(0));
        }
    }

    /** How many workspaces the cache holds records of yet: the first run creates its folder as it starts. */
    private static long workspaces(Path cache) throws IOException {
        if (!Files.isDirectory(cache.resolve("records"))) {
            return 0;
        }
        try (Stream<Path> all = Files.list(cache.resolve("records"))) {
            return all.count();
        }
    }

    private static void awaitFinished(Path cache, String displayName) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (workspaces(cache) == 1) {
                    RunStore store = store(cache);
                    List<RunSummary> runs = store.runs();
                    if (!runs.isEmpty() && finishedNames(RecordedRun.read(store, runs.get(0))).contains(displayName)) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError(displayName + " was never recorded as finished");
    }

    private static Set<String> finishedNames(RecordedRun run) {
        return run.events().stream().filter(RunEvent.TestFinished.class::isInstance).map(RunEvent.TestFinished.class::cast)
                .map(f -> f.unit().descriptor().getDisplayName()).collect(Collectors.toSet());
    }

    /** A file's text, decompressed when it is zstd. */
    private static String readable(Path file) throws IOException {
        if (!file.toString().endsWith(".zst")) {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        }
        try (InputStream in = Zstd.decompress(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        catch (IOException cutShort) {
            return "";
        }
    }
}
