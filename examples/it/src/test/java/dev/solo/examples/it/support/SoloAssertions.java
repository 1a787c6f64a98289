package dev.solo.examples.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Assertions shared by the host tests. */
public final class SoloAssertions {

    private SoloAssertions() {
    }

    public static void assertStatus(TestCaseResult.Status expected, TestCaseResult actual) {
        assertEquals(expected, actual.status(), () -> "status of " + actual.className() + "#" + actual.name()
                + ": " + actual + "\n" + actual.everything());
    }

    public static void assertFailedWith(TestCaseResult actual, String... fragments) {
        assertStatus(TestCaseResult.Status.FAILED, actual);
        for (String fragment : fragments) {
            assertTrue(actual.everything().contains(fragment), () -> actual.className() + "#" + actual.name()
                    + " failed, but its failure does not mention '" + fragment + "':\n" + actual.everything());
        }
    }

    /**
     * The host and every process the run left behind are gone within {@code within}: no Solo
     * child JVM, no leaked {@code sleep 300}, none of the recorded fixture PIDs still running, and
     * nothing left in the host's private {@code java.io.tmpdir}.
     */
    public static void assertNothingLeftBehind(HostRun run, Duration within) {
        List<Long> recorded = run.pids().allPids();
        boolean clean = Processes.await(within,
                () -> Processes.leftovers(run.marker()).isEmpty() && Processes.running(recorded).isEmpty());
        if (!clean) {
            fail("processes left behind " + within.toMillis() + " ms after the host exited: marker leftovers="
                    + Processes.leftovers(run.marker()) + ", recorded fixture pids still running="
                    + Processes.running(recorded) + " (at host exit: " + run.leftoversAtExit() + ")\n"
                    + "pid records: " + run.pids());
        }
        if (!Processes.await(within, () -> run.tmpLeftovers().isEmpty())) {
            fail("the run left files in its java.io.tmpdir: " + run.tmpLeftovers());
        }
    }

    /**
     * Each fixture ran in a JVM of its own: a distinct PID per fixture name (apart from names in
     * {@code sameJvmGroups}, e.g. the invocations of one parameterized test, which share one),
     * and none is the host's PID.
     */
    public static void assertOneJvmPerTest(PidRecords pids, long hostPid, List<List<String>> sameJvmGroups) {
        assertFalse(pids.attempts().isEmpty(), "no fixture recorded its PID: " + pids);
        Map<Long, List<String>> byPid = new HashMap<>();
        pids.attempts().forEach((test, attempts) -> attempts.forEach(a ->
                byPid.computeIfAbsent(a.pid(), k -> new ArrayList<>()).add(test + "#attempt" + a.attempt())));
        for (Map.Entry<Long, List<String>> entry : byPid.entrySet()) {
            assertNotEquals(hostPid, (long) entry.getKey(), "fixtures ran in the host JVM " + hostPid + ": " + entry.getValue());
            List<String> tests = entry.getValue().stream().map(t -> t.substring(0, t.indexOf("#attempt"))).distinct().toList();
            if (tests.size() > 1 && sameJvmGroups.stream().noneMatch(g -> g.containsAll(tests))) {
                fail("tests shared JVM " + entry.getKey() + ": " + entry.getValue() + "\nall: " + pids);
            }
            if (entry.getValue().size() > tests.size()) {
                fail("two attempts ran in the same JVM " + entry.getKey() + ": " + entry.getValue());
            }
        }
        for (List<String> group : sameJvmGroups) {
            List<Long> groupPids = group.stream().flatMap(t -> pids.attempts(t).stream()).map(PidRecords.Attempt::pid)
                    .distinct().toList();
            assertTrue(groupPids.size() <= 1, () -> group + " should share one JVM (one container) but ran in " + groupPids);
        }
    }
}
