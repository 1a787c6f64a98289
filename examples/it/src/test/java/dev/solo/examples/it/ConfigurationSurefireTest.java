package dev.solo.examples.it;

import static dev.solo.examples.it.ConfigurationTest.assertDisjoint;
import static dev.solo.examples.it.ConfigurationTest.overlap;
import static dev.solo.examples.it.ConfigurationTest.spans;
import static dev.solo.examples.it.support.SoloAssertions.assertNothingLeftBehind;
import static dev.solo.examples.it.support.SoloAssertions.assertStatus;
import static dev.solo.examples.it.support.TestCaseResult.Status.PASSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.examples.it.support.Host;
import dev.solo.examples.it.support.HostRun;
import dev.solo.examples.it.support.ItEnv;
import dev.solo.examples.it.support.KillLeftovers;
import dev.solo.examples.it.support.PidRecords;
import dev.solo.examples.it.support.Shards;
import dev.solo.examples.it.support.TestCaseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link ConfigurationTest}'s promises under Maven Surefire: nested {@code mvn test} builds of
 * examples/misbehaving with {@code .config/solo.toml} (in a copy of the module, since the test JVM
 * searches from the module folder upward and other tests build the real one), {@code solo.filter},
 * {@code solo.partition}, and bad input that stops the run at its place.
 */
@Tag("surefire")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(KillLeftovers.class)
class ConfigurationSurefireTest {

    HostRun configured;
    HostRun byTag;
    final List<HostRun> shards = new ArrayList<>();
    HostRun badToml;
    HostRun badFilter;

    @BeforeAll
    void runNestedMaven() {
        configured = withConfig("surefire-config", ConfigurationTest.CONFIG, "FlakyTest,GroupedTest,LockedTest,LockedTooTest,UnlockedTest");
        byTag = maven("surefire-filter", ItEnv.misbehavingProject(), "OutcomesTest,IsolationTest,LegacyJUnit4Test",
                "-Dsolo.filter=tag(outcomes)");
        for (int m = 1; m <= 3; m++) {
            shards.add(maven("surefire-partition", ItEnv.misbehavingProject(), String.join(",", ConfigurationTest.PARTITIONED),
                    "-Dsolo.partition=hash:" + m + "/3"));
        }
        badToml = withConfig("surefire-bad-toml", ConfigurationTest.BAD_CONFIG, "IsolationTest");
        badFilter = maven("surefire-bad-filter", ItEnv.misbehavingProject(), "IsolationTest",
                "-Dsolo.filter=tset(x) | tag(outcomes)");
    }

    /** {@code mvn test} on the module in {@code project}, Solo on, reports and PID records in the host's work dir. */
    static HostRun maven(String name, Path project, String tests, String... more) {
        Host host = Host.command(name, List.of());
        return mavenIn(host, project, tests, more);
    }

    private static HostRun mavenIn(Host host, Path project, String tests, String... more) {
        host.addArgs("mvn", "-o", "-B",
                "-f", project.resolve("pom.xml").toString(),
                "-Dmaven.repo.local=" + ItEnv.localRepository(), "test", "-Dsolo-misbehaving.skip=false",
                "-Dtest=" + tests, "-Dmaven.test.failure.ignore=true", "-Dsolo.enabled=true",
                "-Dsolo-misbehaving.reports=" + host.reportsDir(), "-Dfixture.pid.dir=" + host.pidDir());
        host.addArgs(more);
        return host.directory(project).timeout(Duration.ofSeconds(240)).run();
    }

    /**
     * A copy of examples/misbehaving ({@code pom.xml} and {@code src/}) in the host's work dir, with
     * {@code toml} as its {@code .config/solo.toml}, built by {@code mvn test}. The copy's parent
     * {@code ../pom.xml} is not there, so Maven takes the installed solo-examples parent.
     */
    static HostRun withConfig(String name, String toml, String tests, String... more) {
        Host host = Host.command(name, List.of());
        Path copy = host.workDir().resolve("misbehaving");
        try {
            Path module = ItEnv.misbehavingProject();
            Files.createDirectories(copy);
            Files.copy(module.resolve("pom.xml"), copy.resolve("pom.xml"));
            copyTree(module.resolve("src"), copy.resolve("src"));
            // The module's compiled fixtures, newer than the sources copied before them: Maven needs
            // not compile them again (its stale-source check, with incremental compilation off below).
            copyTree(module.resolve("target/test-classes"), copy.resolve("target/test-classes"));
            Path file = copy.resolve(".config/solo.toml");
            Files.createDirectories(file.getParent());
            Files.writeString(file, toml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> args = new ArrayList<>(List.of(more));
        args.add("-Dmaven.compiler.useIncrementalCompilation=false");
        return mavenIn(host, copy, tests, args.toArray(String[]::new));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    @Test
    void buildsWithTestsFinished() {
        for (HostRun run : Stream.concat(Stream.of(configured, byTag), shards.stream()).toList()) {
            assertFalse(run.timedOut(), run::describe);
            assertEquals(0, run.exitCode(), run::describe);
        }
    }

    @Test
    void theConfigFileIsFoundFromTheModuleFolderAndItsOverrideApplied() {
        assertStatus(PASSED, configured.reports().get("FlakyTest", "failsOnFirstAttempt"));
        assertEquals(2, configured.pids().attempts("FlakyTest.failsOnFirstAttempt").size(), configured.pids()::toString);
        assertNothingLeftBehind(configured, Duration.ofSeconds(5));
    }

    @Test
    void aGroupWithOneThreadNeverOverlaps() {
        assertDisjoint(spans(configured.pids(), "GroupedTest.first", "GroupedTest.second", "GroupedTest.third"),
                "GroupedTest in test group 'serial' (max-threads = 1)");
    }

    @Test
    void sharedResourceLocksNeverOverlapWhileUnlockedTestsRunBeside() {
        PidRecords pids = configured.pids();
        assertDisjoint(spans(pids, "LockedTest.first", "LockedTest.second", "LockedTooTest.first", "LockedTooTest.second"),
                "tests holding @ResourceLock(\"solo.fixture.shared-resource\")");
        List<long[]> unlocked = spans(pids, "UnlockedTest.first", "UnlockedTest.second");
        List<long[]> all = spans(pids, "GroupedTest.first", "GroupedTest.second", "GroupedTest.third",
                "LockedTest.first", "LockedTest.second", "LockedTooTest.first", "LockedTooTest.second",
                "UnlockedTest.first", "UnlockedTest.second");
        boolean overlapped = unlocked.stream().anyMatch(u -> all.stream().anyMatch(o -> o != u && overlap(u, o)));
        assertTrue(overlapped, () -> "unlocked tests never ran beside another at test-threads = 3: " + pids);
        for (String cls : List.of("GroupedTest", "LockedTest", "LockedTooTest", "UnlockedTest")) {
            configured.reports().testCases().stream().filter(t -> t.simpleClassName().equals(cls))
                    .forEach(t -> assertStatus(PASSED, t));
        }
        assertEquals(10, configured.reports().testCases().size(), configured.reports()::describe);
    }

    @Test
    void aFilterByTagRunsExactlyTheMatchingTests() {
        Set<String> ran = byTag.reports().testCases().stream().map(TestCaseResult::simpleClassName).collect(Collectors.toSet());
        assertEquals(Set.of("OutcomesTest", "OutcomesTest$Inner"), ran, byTag.reports()::describe);
        assertFalse(byTag.pids().attempts().isEmpty(), byTag::describe);
        assertFalse(byTag.pids().attempts().keySet().stream().anyMatch(t -> !t.startsWith("OutcomesTest")),
                byTag.pids()::toString);
        assertNothingLeftBehind(byTag, Duration.ofSeconds(5));
    }

    @Test
    void threeHashPartitionsAreDisjointAndMakeTheWhole() {
        Shards.assertDisjointAndWhole(shards, t -> t.className() + "#" + t.bareName());
        shards.forEach(shard -> assertNothingLeftBehind(shard, Duration.ofSeconds(5)));
    }

    @Test
    void aMalformedConfigFileStopsTheRunNamingFileLineAndKey() {
        assertTrue(surefireSays(badToml).contains(".config/solo.toml:3: retries: expected an integer, found \"lots\""),
                () -> surefireSays(badToml));
        // On the console itself, not only in the dump file Surefire points to.
        String console = badToml.stdoutText() + badToml.stderrText();
        assertTrue(console.contains("solo: .config/solo.toml:3: retries: expected an integer, found \"lots\""), console);
        assertNothingRan(badToml);
    }

    @Test
    void aMalformedFiltersetStopsTheRunAtItsPlace() {
        String said = surefireSays(badFilter);
        assertTrue(said.contains("solo.filter: invalid filterset"), said);
        assertTrue(said.contains("tset(x) | tag(outcomes)"), said);
        assertTrue(said.contains("did you mean `test`?"), said);
        String console = badFilter.stdoutText() + badFilter.stderrText();
        assertTrue(console.contains("solo: solo.filter: invalid filterset"), console);
        assertNothingRan(badFilter);
    }

    /**
     * What the build told its user: Maven's output and the dump files it points to. Surefire prints
     * only the top exception's message of a failure outside any test ("There was an error in the
     * forked process", then JUnit's "TestEngine with ID 'solo' failed to discover tests") and writes
     * the cause to {@code <reports>/<date>-jvmRun1.dump}; Solo also prints its message, naming the
     * place, on the fork's standard error, which reaches the console.
     */
    private static String surefireSays(HostRun run) {
        StringBuilder said = new StringBuilder(run.stdoutText()).append(run.stderrText());
        try (Stream<Path> files = Files.list(run.reportsDir())) {
            for (Path dump : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".dump")).sorted()::iterator) {
                said.append("\n--- ").append(dump.getFileName()).append(" ---\n").append(Files.readString(dump));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return said.toString();
    }

    /**
     * The Solo engine's discovery failed: Surefire ends the fork before any test, and the build fails even
     * with {@code maven.test.failure.ignore} (a broken fork is no test failure); no fixture ran or was reported.
     */
    private static void assertNothingRan(HostRun run) {
        assertFalse(run.timedOut(), run::describe);
        String output = run.stdoutText() + run.stderrText();
        assertTrue(output.contains("There was an error in the forked process")
                && output.contains("TestEngine with ID 'solo' failed to discover tests"), run::describe);
        assertTrue(output.contains("Tests run: 0,"), run::describe);
        assertEquals(1, run.exitCode(), run::describe);
        assertTrue(run.pids().allPids().isEmpty(), () -> "nothing may run: " + run.pids());
        assertTrue(run.reports().files().isEmpty(), () -> "no test may be reported: " + run.reports().files());
        assertNothingLeftBehind(run, Duration.ofSeconds(5));
    }
}
