package dev.solo.examples.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectNestedMethod;

import dev.solo.examples.it.support.ItEnv;
import dev.solo.examples.it.support.PidRecords;
import dev.solo.examples.it.support.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The Launcher API in-process, the way IntelliJ IDEA and Eclipse drive JUnit: method selectors,
 * configuration parameters, and a TestExecutionListener that records the tree and results.
 * The same request runs with Solo off (minus the JVM-killing fixture) as the baseline.
 */
@Tag("engine")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LauncherApiTest {

    static final String OUTCOMES = ItEnv.FIXTURES + "OutcomesTest";
    static final String SOLO_PREFIX = "[engine:solo]/";

    /** Everything a listener saw. */
    static final class Recording implements TestExecutionListener {
        TestPlan plan;
        final List<String> events = Collections.synchronizedList(new ArrayList<>());
        final Map<String, TestIdentifier> started = Collections.synchronizedMap(new LinkedHashMap<>());
        final Map<String, TestExecutionResult> finished = Collections.synchronizedMap(new LinkedHashMap<>());
        final Map<String, String> skipped = Collections.synchronizedMap(new LinkedHashMap<>());
        final Map<String, TestIdentifier> dynamic = Collections.synchronizedMap(new LinkedHashMap<>());
        final List<String> duplicates = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void testPlanExecutionStarted(TestPlan testPlan) {
            plan = testPlan;
        }

        @Override
        public void dynamicTestRegistered(TestIdentifier id) {
            events.add("registered " + id.getUniqueId());
            dynamic.put(id.getUniqueId(), id);
        }

        @Override
        public void executionSkipped(TestIdentifier id, String reason) {
            events.add("skipped " + id.getUniqueId());
            if (skipped.put(id.getUniqueId(), reason) != null || started.containsKey(id.getUniqueId())) {
                duplicates.add("skipped " + id.getUniqueId());
            }
        }

        @Override
        public void executionStarted(TestIdentifier id) {
            events.add("started " + id.getUniqueId());
            if (started.put(id.getUniqueId(), id) != null) {
                duplicates.add("started " + id.getUniqueId());
            }
        }

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            events.add("finished " + id.getUniqueId() + " " + result.getStatus()
                    + (id.getUniqueId().matches("\\[engine:[^/]+\\]")
                            ? result.getThrowable().map(LauncherApiTest::stackTrace).orElse("") : ""));
            if (!started.containsKey(id.getUniqueId())) {
                duplicates.add("finished before started " + id.getUniqueId());
            }
            if (finished.put(id.getUniqueId(), result) != null) {
                duplicates.add("finished " + id.getUniqueId());
            }
        }

        /** Tests (not containers) that were started or skipped, by unique id. */
        Map<String, TestIdentifier> tests() {
            Map<String, TestIdentifier> tests = new LinkedHashMap<>();
            started.values().stream().filter(TestIdentifier::isTest).forEach(t -> tests.put(t.getUniqueId(), t));
            for (String uid : skipped.keySet()) {
                TestIdentifier t = find(uid);
                if (t != null && t.isTest()) {
                    tests.put(uid, t);
                }
            }
            return tests;
        }

        TestIdentifier find(String uid) {
            TestIdentifier t = dynamic.get(uid);
            if (t != null) {
                return t;
            }
            try {
                return plan.getTestIdentifier(UniqueId.parse(uid));
            } catch (RuntimeException notInPlan) {
                return started.get(uid);
            }
        }

        String describe() {
            return String.join("\n", events);
        }
    }

    static String stackTrace(Throwable t) {
        java.io.StringWriter out = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(out));
        return "\n" + out;
    }

    Recording solo;
    Recording plain;
    Path pidDir;
    long hostPid = ProcessHandle.current().pid();

    static List<DiscoverySelector> selectors(boolean withCrash) {
        List<DiscoverySelector> selectors = new ArrayList<>(List.of(
                selectMethod(OUTCOMES + "#passes"),
                selectMethod(OUTCOMES + "#passesWithDisplayName"),
                selectMethod(OUTCOMES + "#disabled"),
                selectMethod(OUTCOMES + "#failsWithMessage"),
                selectMethod(OUTCOMES + "#parameterized(int)"),
                selectNestedMethod(List.of(OUTCOMES), OUTCOMES + "$Inner", "innerPasses"),
                selectMethod(ItEnv.FIXTURES + "LegacyJUnit4Test#first"),
                selectMethod(ItEnv.FIXTURES + "IsolationTest#staticStateFirst"),
                selectMethod(ItEnv.FIXTURES + "IsolationTest#staticStateSecond")));
        if (withCrash) {
            selectors.add(selectMethod(ItEnv.FIXTURES + "CrashTest#exitsWithCode3"));
        }
        return selectors;
    }

    static Recording execute(List<DiscoverySelector> selectors, boolean soloEnabled) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .configurationParameter("solo.enabled", Boolean.toString(soloEnabled))
                .configurationParameter("solo.test-threads", "2")
                .build();
        Launcher launcher = LauncherFactory.create();
        Recording recording = new Recording();
        launcher.execute(request, recording);
        return recording;
    }

    @BeforeAll
    void runBothWays() throws Exception {
        pidDir = ItEnv.newWorkDir("launcher-api").resolve("pids");
        Files.createDirectories(pidDir);
        // Children get the system properties of the run that launched them (PRODUCT.md), which
        // for an IDE or Surefire includes properties set at run time, like this one.
        String previous = System.setProperty("fixture.pid.dir", pidDir.toString());
        try {
            plain = execute(selectors(false), false);
            // The plain run wrote its PIDs too (all the host's); start Solo's run with a clean directory.
            for (Path p : Files.list(pidDir).toList()) {
                Files.delete(p);
            }
            solo = execute(selectors(true), true);
        } finally {
            if (previous == null) {
                System.clearProperty("fixture.pid.dir");
            } else {
                System.setProperty("fixture.pid.dir", previous);
            }
        }
    }

    String soloId(String plainId) {
        return SOLO_PREFIX + plainId;
    }

    static String jupiterMethod(String className, String method) {
        return "[engine:junit-jupiter]/[class:" + className + "]/[method:" + method + "]";
    }

    @Test
    void eachTestIsReportedExactlyOnceUnderTheSoloEngine() {
        assertTrue(solo.duplicates.isEmpty(), () -> "duplicate events: " + solo.duplicates + "\n" + solo.describe());
        Set<String> testIds = new TreeSet<>(solo.tests().keySet());
        for (String uid : testIds) {
            assertTrue(uid.startsWith(SOLO_PREFIX + "[engine:junit-"), () -> uid + " is not under [engine:solo]\n" + solo.describe());
        }
        // The twins in the in-process engines are hidden: nothing ran outside [engine:solo].
        List<String> outside = solo.started.keySet().stream()
                .filter(uid -> !uid.startsWith("[engine:solo]"))
                .filter(uid -> !uid.matches("\\[engine:[^/]+\\]")) // an engine root with nothing under it is fine
                .toList();
        assertTrue(outside.isEmpty(), () -> "executed outside Solo: " + outside);
        // 8 methods + 3 parameterized invocations + the crash.
        assertEquals(12, testIds.size(), () -> "tests: " + testIds + "\n" + solo.describe());
    }

    @Test
    void testPlanHasNoVisibleTwins() {
        for (TestIdentifier root : solo.plan.getRoots()) {
            if (root.getUniqueId().equals("[engine:solo]")) {
                assertFalse(solo.plan.getDescendants(root).isEmpty(), "[engine:solo] has no tests");
            } else {
                Set<TestIdentifier> tests = solo.plan.getDescendants(root).stream().filter(TestIdentifier::isTest)
                        .collect(Collectors.toSet());
                assertTrue(tests.isEmpty(), () -> root.getUniqueId() + " still shows tests: " + tests);
            }
        }
    }

    @Test
    void uniqueIdsDisplayNamesSourcesAndTagsMatchARunWithoutSolo() {
        Map<String, TestIdentifier> soloTests = solo.tests();
        Map<String, TestIdentifier> plainTests = plain.tests();
        assertEquals(11, plainTests.size(), () -> "baseline: " + plainTests.keySet());
        List<String> problems = new ArrayList<>();
        for (TestIdentifier p : plainTests.values()) {
            TestIdentifier s = soloTests.get(soloId(p.getUniqueId()));
            if (s == null) {
                problems.add("missing " + soloId(p.getUniqueId()));
                continue;
            }
            compare(problems, p, "display name", p.getDisplayName(), s.getDisplayName());
            compare(problems, p, "legacy reporting name", p.getLegacyReportingName(), s.getLegacyReportingName());
            compare(problems, p, "source", p.getSource(), s.getSource());
            compare(problems, p, "tags", p.getTags(), s.getTags());
            compare(problems, p, "type", p.getType(), s.getType());
            Optional<TestIdentifier> plainParent = p.getParentIdObject().map(id -> plain.find(id.toString()));
            Optional<TestIdentifier> soloParent = s.getParentIdObject().map(id -> solo.find(id.toString()));
            compare(problems, p, "parent display name",
                    plainParent.map(TestIdentifier::getDisplayName).orElse(null),
                    soloParent.map(TestIdentifier::getDisplayName).orElse(null));
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    private static void compare(List<String> problems, TestIdentifier test, String what, Object expected, Object actual) {
        if (!java.util.Objects.equals(expected, actual)) {
            problems.add(test.getUniqueId() + ": " + what + " expected <" + expected + "> but was <" + actual + ">");
        }
    }

    @Test
    void treeShapeIsPreserved() {
        String passes = soloId(jupiterMethod(OUTCOMES, "passes()"));
        TestIdentifier t = solo.find(passes);
        assertNotNull(t, () -> passes + " not found\n" + solo.describe());
        assertEquals("passes()", t.getDisplayName());
        TestSource source = t.getSource().orElseThrow();
        MethodSource ms = assertInstanceOf(MethodSource.class, source);
        assertEquals(OUTCOMES, ms.getClassName());
        assertEquals("passes", ms.getMethodName());
        assertEquals(Set.of("outcomes"), t.getTags().stream().map(Object::toString).collect(Collectors.toSet()));
        assertEquals(soloId("[engine:junit-jupiter]/[class:" + OUTCOMES + "]"), t.getParentIdObject().orElseThrow().toString());
        assertEquals("OutcomesTest", solo.find(t.getParentIdObject().orElseThrow().toString()).getDisplayName());

        String display = soloId(jupiterMethod(OUTCOMES, "passesWithDisplayName()"));
        assertEquals("passes with a display name", solo.find(display).getDisplayName());
        assertEquals("passesWithDisplayName()", solo.find(display).getLegacyReportingName());

        String inner = soloId("[engine:junit-jupiter]/[class:" + OUTCOMES + "]/[nested-class:Inner]/[method:innerPasses()]");
        assertNotNull(solo.find(inner), () -> inner + " not found\n" + solo.describe());
        assertEquals("Inner", solo.find(solo.find(inner).getParentIdObject().orElseThrow().toString()).getDisplayName());

        String template = soloId("[engine:junit-jupiter]/[class:" + OUTCOMES + "]/[test-template:parameterized(int)]");
        TestIdentifier container = solo.find(template);
        assertNotNull(container, () -> template + " not found\n" + solo.describe());
        assertTrue(container.isContainer());
        MethodSource templateSource = assertInstanceOf(MethodSource.class, container.getSource().orElseThrow());
        assertEquals("int", templateSource.getMethodParameterTypes());
        List<String> invocations = solo.dynamic.keySet().stream().filter(uid -> uid.startsWith(template + "/")).sorted().toList();
        assertEquals(List.of(template + "/[test-template-invocation:#1]", template + "/[test-template-invocation:#2]",
                template + "/[test-template-invocation:#3]"), invocations, solo::describe);

        String vintage = soloId("[engine:junit-vintage]/[runner:" + ItEnv.FIXTURES + "LegacyJUnit4Test]/[test:first("
                + ItEnv.FIXTURES + "LegacyJUnit4Test)]");
        assertNotNull(solo.find(vintage), () -> vintage + " not found\n" + solo.describe());
    }

    private static <T> T assertInstanceOf(Class<T> type, Object value) {
        assertTrue(type.isInstance(value), () -> "expected a " + type.getSimpleName() + " but got " + value);
        return type.cast(value);
    }

    @Test
    void resultsAreThoseOfTheChildJvms() {
        assertAll(
                () -> assertResult(jupiterMethod(OUTCOMES, "passes()"), TestExecutionResult.Status.SUCCESSFUL, null),
                () -> assertResult(jupiterMethod(OUTCOMES, "failsWithMessage()"), TestExecutionResult.Status.FAILED,
                        "deliberate failure: the answer was wrong"),
                () -> assertResult("[engine:junit-jupiter]/[class:" + OUTCOMES + "]/[nested-class:Inner]/[method:innerPasses()]",
                        TestExecutionResult.Status.SUCCESSFUL, null),
                () -> assertResult(jupiterMethod(ItEnv.FIXTURES + "IsolationTest", "staticStateFirst()"),
                        TestExecutionResult.Status.SUCCESSFUL, null),
                () -> assertResult(jupiterMethod(ItEnv.FIXTURES + "IsolationTest", "staticStateSecond()"),
                        TestExecutionResult.Status.SUCCESSFUL, null),
                () -> assertResult(jupiterMethod(ItEnv.FIXTURES + "CrashTest", "exitsWithCode3()"),
                        TestExecutionResult.Status.FAILED, "JVM exited with code 3"),
                () -> assertEquals("disabled on purpose: fixture for SKIPPED",
                        solo.skipped.get(soloId(jupiterMethod(OUTCOMES, "disabled()"))), solo::describe));
        // The exception type survives the trip from the child JVM.
        Throwable failure = solo.finished.get(soloId(jupiterMethod(OUTCOMES, "failsWithMessage()"))).getThrowable().orElseThrow();
        assertEquals("org.opentest4j.AssertionFailedError", failure.getClass().getName(), () -> failure.toString());
        // Baseline: the isolation pair fails in one JVM.
        assertEquals(1, plain.finished.entrySet().stream()
                .filter(e -> e.getKey().contains("IsolationTest") && e.getKey().contains("staticState"))
                .filter(e -> e.getValue().getStatus() == TestExecutionResult.Status.FAILED).count(), plain::describe);
    }

    private void assertResult(String plainId, TestExecutionResult.Status status, String messageFragment) {
        TestExecutionResult result = solo.finished.get(soloId(plainId));
        assertNotNull(result, () -> "no result for " + soloId(plainId) + "\n" + solo.describe());
        assertEquals(status, result.getStatus(), () -> soloId(plainId) + ": " + result);
        if (messageFragment != null) {
            String message = result.getThrowable().map(Throwable::toString).orElse("");
            assertTrue(message.contains(messageFragment), () -> soloId(plainId) + ": " + message);
        }
    }

    @Test
    void childJvmsAreNotTheHostAndAreGone() {
        PidRecords pids = PidRecords.read(pidDir);
        assertFalse(pids.attempts().isEmpty(),
                "no fixture recorded a PID: are system properties set at run time (fixture.pid.dir) passed to children?");
        Set<Long> distinct = new TreeSet<>();
        pids.attempts().forEach((test, attempts) -> attempts.forEach(a -> {
            assertNotEquals(hostPid, a.pid(), test + " ran in the host JVM");
            if (!test.startsWith("OutcomesTest.parameterized")) {
                assertTrue(distinct.add(a.pid()), () -> test + " shared a JVM: " + pids);
            }
        }));
        if (!Processes.await(Duration.ofSeconds(5), () -> Processes.running(pids.allPids()).isEmpty()
                && Processes.soloChildrenOfThisJvm().isEmpty())) {
            fail("still running: " + Processes.running(pids.allPids()) + " / children of this JVM: "
                    + Processes.soloChildrenOfThisJvm());
        }
    }
}
