package dev.solo.examples.it;

import static dev.solo.examples.it.support.SoloAssertions.assertFailedWith;
import static dev.solo.examples.it.support.SoloAssertions.assertNothingLeftBehind;
import static dev.solo.examples.it.support.SoloAssertions.assertStatus;
import static dev.solo.examples.it.support.TestCaseResult.Status.FAILED;
import static dev.solo.examples.it.support.TestCaseResult.Status.PASSED;
import static dev.solo.examples.it.support.TestCaseResult.Status.SKIPPED;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Solo's configuration through console-standalone: `.config/solo.toml` found from the working
 * directory, a per-test override, a test group, Jupiter resource locks across JVMs,
 * {@code solo.filter}, {@code solo.partition}, and bad input that stops the run at its place.
 */
@Tag("engine")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(KillLeftovers.class)
class ConfigurationTest {

    static final List<String> PARTITIONED = List.of("IsolationTest", "LegacyJUnit4Test", "OutcomesTest");
    /** Also {@link ConfigurationSurefireTest}'s: the same file must mean the same under every host. */
    static final String CONFIG = """
            [profile.default]
            test-threads = 3

            [[profile.default.overrides]]
            filter = 'class(FlakyTest)'
            retries = 1

            [[profile.default.overrides]]
            filter = 'class(GroupedTest)'
            test-group = 'serial'

            [test-groups.serial]
            max-threads = 1
            """;

    /** A wrong type on line 3: the run must stop naming {@code .config/solo.toml:3: retries}. */
    static final String BAD_CONFIG = "[profile.default]\ntest-threads = 2\nretries = \"lots\"\n";

    HostRun configured;
    HostRun locks;
    HostRun byTag;
    final List<HostRun> shards = new ArrayList<>();
    HostRun badFilter;
    HostRun badToml;
    HostRun ignoredOnly;
    HostRun classOverride;

    @BeforeAll
    void runHosts() {
        configured = withConfig(CONFIG, List.of("FlakyTest", "GroupedTest", "CrashTest"));
        locks = console(List.of("LockedTest", "LockedTooTest", "UnlockedTest"), "--config", "solo.test-threads=3");
        byTag = console(List.of("OutcomesTest", "IsolationTest", "LegacyJUnit4Test"), "--config", "solo.filter=tag(outcomes)");
        for (int m = 1; m <= 3; m++) {
            shards.add(console(PARTITIONED, "--config", "solo.partition=hash:" + m + "/3"));
        }
        badFilter = console(List.of("IsolationTest"), "--config", "solo.filter=tset(x) | tag(outcomes)");
        classOverride = withConfig("""
                [[profile.default.overrides]]
                filter = 'class(=dev.solo.examples.misbehaving.SharedStateTest)'
                isolation = "class"
                """, List.of("SharedStateTest", "LegacySharedStateTest"));
        ignoredOnly = console(List.of("OutcomesTest"), "--config", "solo.run-ignored=only");
        badToml = withConfig(BAD_CONFIG, List.of("IsolationTest"));
    }

    static HostRun console(List<String> classes, String... more) {
        List<String> args = new ArrayList<>(List.of(more));
        args.addAll(List.of("--config", "solo.enabled=true"));
        return Host.console(ItEnv.currentConsoleJar(), List.of(), ConsoleHostTest.selectClasses(classes,
                args.toArray(String[]::new))).timeout(Duration.ofSeconds(120)).run();
    }

    static HostRun withConfig(String toml, List<String> classes) {
        Host host = Host.console(ItEnv.currentConsoleJar(), List.of(), ConsoleHostTest.selectClasses(classes,
                "--config", "solo.enabled=true"));
        try {
            Path file = host.workDir().resolve(".config/solo.toml");
            Files.createDirectories(file.getParent());
            Files.writeString(file, toml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return host.timeout(Duration.ofSeconds(120)).run();
    }

    @Test
    void anOverrideRetriesOneClassOnly() {
        assertStatus(PASSED, configured.reports().get("FlakyTest", "failsOnFirstAttempt()"));
        assertEquals(2, configured.pids().attempts("FlakyTest.failsOnFirstAttempt").size(), configured.pids()::toString);
        assertStatus(FAILED, configured.reports().get("CrashTest", "exitsWithCode3()"));
        assertEquals(1, configured.pids().attempts("CrashTest.exitsWithCode3").size(), configured.pids()::toString);
        assertNothingLeftBehind(configured, Duration.ofSeconds(5));
    }

    @Test
    void aGroupWithOneThreadNeverOverlaps() {
        List<long[]> spans = spans(configured.pids(), "GroupedTest.first", "GroupedTest.second", "GroupedTest.third");
        assertDisjoint(spans, "GroupedTest in test group 'serial' (max-threads = 1)");
    }

    @Test
    void sharedResourceLocksNeverOverlapWhileUnlockedTestsRunBeside() {
        PidRecords pids = locks.pids();
        assertDisjoint(spans(pids, "LockedTest.first", "LockedTest.second", "LockedTooTest.first", "LockedTooTest.second"),
                "tests holding @ResourceLock(\"solo.fixture.shared-resource\")");
        List<long[]> unlocked = spans(pids, "UnlockedTest.first", "UnlockedTest.second");
        List<long[]> all = spans(pids, "LockedTest.first", "LockedTest.second", "LockedTooTest.first",
                "LockedTooTest.second", "UnlockedTest.first", "UnlockedTest.second");
        boolean overlapped = unlocked.stream().anyMatch(u -> all.stream().anyMatch(o -> o != u && overlap(u, o)));
        assertTrue(overlapped, () -> "unlocked tests never ran beside another at test-threads=3: " + pids);
        assertEquals(0, locks.exitCode(), locks::describe);
    }

    @Test
    void aFilterByTagRunsExactlyTheMatchingTests() {
        Set<String> ran = byTag.reports().testCases().stream().map(t -> t.simpleClassName()).collect(Collectors.toSet());
        assertEquals(Set.of("OutcomesTest", "OutcomesTest$Inner"), ran, byTag.reports()::describe);
        assertFalse(byTag.pids().attempts().keySet().stream().anyMatch(t -> !t.startsWith("OutcomesTest")),
                byTag.pids()::toString);
    }

    @Test
    void threeHashPartitionsAreDisjointAndMakeTheWhole() {
        Shards.assertDisjointAndWhole(shards, t -> t.className() + "#" + t.name());
    }

    @Test
    void aMalformedFiltersetStopsTheRunAtItsPlace() {
        String output = badFilter.stdoutText() + badFilter.stderrText();
        assertTrue(output.contains("tset(x) | tag(outcomes)"), output);
        assertTrue(output.contains("did you mean `test`?"), output);
        assertTrue(output.contains("solo.filter"), output);
        assertTrue(badFilter.pids().allPids().isEmpty(), () -> "nothing may run: " + badFilter.pids());
        // console-standalone aborts the launch when an engine fails discovery.
        assertTrue(badFilter.exitCode() != 0, badFilter::describe);
    }

    @Test
    void aMalformedConfigFileStopsTheRunNamingFileLineAndKey() {
        String output = badToml.stdoutText() + badToml.stderrText();
        assertTrue(output.contains(".config/solo.toml:3: retries"), output);
        assertTrue(badToml.pids().allPids().isEmpty(), () -> "nothing may run: " + badToml.pids());
        assertTrue(badToml.exitCode() != 0, badToml::describe);
    }

    @Test
    void anOverrideRunsOneClassWholeAsTheIsolationFailureSuggests() {
        // The way out PerTestIsolationException names, for one class: it passes, the other still fails and says why.
        String output = classOverride.stdoutText();
        assertFalse(output.contains("dev.solo.examples.misbehaving.SharedStateTest: class-level teardown failed"), output);
        assertTrue(output.contains("dev.solo.examples.misbehaving.LegacySharedStateTest: class-level teardown failed"), output);
        assertTrue(output.contains("filter = 'class(=dev.solo.examples.misbehaving.LegacySharedStateTest)', isolation = \"class\""),
                output);
        assertEquals(1, Set.copyOf(pidsOf(classOverride, "SharedStateTest.first", "SharedStateTest.second")).size(),
                () -> "SharedStateTest did not run in one JVM: " + classOverride.pids());
    }

    private static List<Long> pidsOf(HostRun run, String... tests) {
        List<Long> pids = new ArrayList<>();
        for (String test : tests) {
            run.pids().attempts(test).forEach(a -> pids.add(a.pid()));
        }
        return pids;
    }

    @Test
    void runIgnoredOnlyRunsJustTheDisabledTests() {
        // The fixture fails when it runs: proof that @Disabled was lifted for it, and for it alone.
        assertFailedWith(ignoredOnly.reports().get("OutcomesTest", "disabled()"), "a disabled test must never run");
        TestCaseResult passes = ignoredOnly.reports().get("OutcomesTest", "passes()");
        assertStatus(SKIPPED, passes);
        assertTrue(passes.everything().contains("not ignored, and solo.run-ignored=only"), passes::everything);
        assertEquals(Set.of("OutcomesTest.disabled"), ignoredOnly.pids().attempts().keySet(), ignoredOnly.pids()::toString);
    }

    /** Start and end of each named fixture, as it recorded them. */
    static List<long[]> spans(PidRecords pids, String... tests) {
        List<long[]> spans = new ArrayList<>();
        for (String test : tests) {
            Long start = pids.extra(test, "start");
            Long end = pids.extra(test, "end");
            assertTrue(start != null && end != null, () -> test + " recorded no span: " + pids);
            spans.add(new long[] { start, end });
        }
        return spans;
    }

    static void assertDisjoint(List<long[]> spans, String what) {
        for (int i = 0; i < spans.size(); i++) {
            for (int j = i + 1; j < spans.size(); j++) {
                long[] a = spans.get(i);
                long[] b = spans.get(j);
                assertFalse(overlap(a, b), () -> what + " overlapped: [" + a[0] + ", " + a[1] + "] and [" + b[0] + ", " + b[1] + "]");
            }
        }
    }

    static boolean overlap(long[] a, long[] b) {
        return a[0] < b[1] && b[0] < a[1];
    }
}
