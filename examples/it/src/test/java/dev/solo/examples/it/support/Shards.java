package dev.solo.examples.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks the runs of {@code hash:1/n} … {@code hash:n/n} against each other. */
public final class Shards {

    private Shards() {
    }

    /**
     * No test ran in two shards, each shard reports the whole suite (its own tests run, the rest
     * skipped "not in partition …"), and the tests run across the shards are that whole. A
     * parameterized test outside a shard is reported by its container, inside one by its
     * invocations ({@code parameterized(int)[2]}): both count as one test.
     */
    public static void assertDisjointAndWhole(List<HostRun> shards, Function<TestCaseResult, String> name) {
        List<String> ran = new ArrayList<>();
        for (HostRun shard : shards) {
            for (TestCaseResult t : shard.reports().testCases()) {
                if (!(t.status() == TestCaseResult.Status.SKIPPED && t.everything().contains("not in partition hash:"))) {
                    ran.add(name.apply(t));
                }
            }
        }
        assertEquals(new HashSet<>(ran).size(), ran.size(), () -> "a test ran in two shards: " + ran);
        assertTrue(ran.size() > 15, ran::toString);
        Set<String> whole = units(shards.get(0).reports().testCases().stream().map(name).toList());
        for (HostRun shard : shards) {
            assertEquals(whole, units(shard.reports().testCases().stream().map(name).toList()), shard.reports()::describe);
            assertFalse(shard.reports().testCases().stream().allMatch(t -> t.status() == TestCaseResult.Status.SKIPPED),
                    () -> "a shard ran nothing: " + shard.describe());
        }
        assertEquals(whole, units(ran), ran::toString);
    }

    private static Set<String> units(List<String> names) {
        return names.stream().map(n -> n.replaceFirst("\\[\\d+]$", "")).collect(Collectors.toSet());
    }
}
