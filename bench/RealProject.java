// The realproject row (issue 30, "measure first"): a generated multi-module Maven project of small
// tests with the usual test libraries (RealProjectGen.java), run four ways in one invocation,
// round-robin: `mvn -o test` with Surefire's defaults (one reused fork: what a team runs today, the
// baseline), `solo run` (the CLI) one JVM per test, `solo run --config=solo.isolation=class`, and
// Surefire with Solo on (-Psolo). Each run is measured as the cpu row measures (Cpu.measure, the
// children unsampled): the process started (the Maven JVM, or the CLI's JVM) is the host, everything
// it reaped the children. Two reference runs beside them: `mvn -o -q process-test-classes`, the step
// `solo run` asks Maven for first (its CPU is inside solo run's child figure and is taken out of the
// test JVMs' column), and trivial tests under console-standalone with Solo (the trivial test's
// child CPU, the yardstick). Part of the harness (see Harness.java, bench/README.md).

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

final class RealProject {
    private RealProject() {}

    static int tests = 160;                             // --rp-tests: ~10 minutes for the row on 2 cores (bench/README.md)
    static final int TRIVIAL_CLASSES = 4, TRIVIAL_METHODS = 10;

    static void row(boolean solo) throws Exception {
        Path cli = Harness.repo.resolve("launcher/target/solo.jar");
        if (!solo || !Files.isRegularFile(cli)) {
            Harness.notes.add("realproject row: needs the Solo engine jar and launcher/target/solo.jar; skipped.");
            return;
        }
        // A private copy, as the engine's: a rebuild during the run must not change the CLI.
        Path soloJar = Harness.work.resolve("lib/solo.jar");
        Files.copy(cli, soloJar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path proj = RealProjectGen.generate(Harness.work.resolve("realproject"), tests, Harness.engineJar, Harness.soloVersion, Harness.threads);
        int n = tests;
        // A cache of the row's own (class-data archives), so that no other run on a shared machine rewrites one
        // while this row's children have it mapped; kept across invocations like the default one.
        Map<String, String> env = Map.of("JAVA_HOME", Harness.jdk.toString(), "SOLO_CACHE_DIR", Harness.work.resolve("rp-cache").toString());
        List<String> mvn = List.of("mvn", "-o", "-B", "-Dstyle.color=never");
        List<String> soloRun = List.of(Harness.java(), "-jar", soloJar.toString(), "run", "--maven-arg=-o", "--color=never",
                "-j", String.valueOf(Harness.threads));
        warmUp(proj, env, soloJar);
        int jars = classPathSize(proj);
        List<String> rpTestPath = testClassPath(proj);
        RealProjectGen.TestClass ideClass = ideClass();
        String ideRpTest = ideTest(ideClass);

        Path trivial = Harness.trivialClasses("rp-trivial", TRIVIAL_CLASSES, TRIVIAL_METHODS);
        int nTrivial = TRIVIAL_CLASSES * TRIVIAL_METHODS;
        List<String> trivialCmd = Harness.console(List.of(trivial.toString()), trivial.toString(), true, Harness.threads, List.of());
        // Untimed, as the cpu row's: the trivial class path's archive made before its timed run, not during it.
        Cpu.measure("rp-trivial-warm", Harness.console(List.of(trivial.toString()), trivial.toString(), true, Harness.threads,
                List.of("--include-classname=.*T00Test")), env, false);

        // Untimed: the IDE-like runs' own class-data archives (their class paths are not the other runs').
        Cpu.measure("ide-rp-warm", ide(rpTestPath, Harness.engineJar, ideRpTest), env, false, proj);
        Cpu.measure("ide-trivial-warm", ide(List.of(trivial.toString()), Harness.engineJar, IDE_TRIVIAL_TEST), env, false, proj);

        Map<String, List<Cpu.Run>> runs = new LinkedHashMap<>();
        for (int i = 0; i < Math.max(1, Harness.runsLong); i++) {   // round-robin, as the other rows
            measure(runs, "rp-mvn", Harness.concat(mvn, "test"), proj, env);
            measure(runs, "rp-solo-test", soloRun, proj, env);
            measure(runs, "rp-solo-class", Harness.concat(soloRun, "--config=solo.isolation=class"), proj, env);
            // The same run on one slot, and one test alone (Solo's fixed cost of a run): the scale columns.
            measure(runs, "rp-solo-j1", oneSlot(soloRun), proj, env);
            measure(runs, "rp-solo-one", Harness.concat(soloRun, "-E", "test(~Feature001Test) & method(=case0)"), proj, env);
            measure(runs, "rp-surefire-solo", Harness.concat(mvn, "test", "-Psolo"), proj, env);
            measure(runs, "rp-compile", Harness.concat(mvn, "-q", "process-test-classes"), proj, env);
            runs.computeIfAbsent("rp-trivial", k -> new ArrayList<>()).add(Cpu.expect(Cpu.measure("rp-trivial", trivialCmd, env, false), nTrivial));
            // One test as an IDE runs it (a Run click: console-standalone's JVM, the module's test class
            // path, one method selected), Solo off and on: Solo's fixed cost of a run, on this project and a bare one.
            measure(runs, "ide-rp-off", ide(rpTestPath, null, ideRpTest), proj, env);
            measure(runs, "ide-rp-on", ide(rpTestPath, Harness.engineJar, ideRpTest), proj, env);
            measure(runs, "ide-trivial-off", ide(List.of(trivial.toString()), null, IDE_TRIVIAL_TEST), proj, env);
            measure(runs, "ide-trivial-on", ide(List.of(trivial.toString()), Harness.engineJar, IDE_TRIVIAL_TEST), proj, env);
        }
        table(runs, n, nTrivial, jars);
        fixedCost(runs, String.format(Locale.ROOT, "realproject's last module (%d entries), `%s` (%s%s)", jars, ideRpTest.substring(ideRpTest.lastIndexOf('.') + 1),
                ideClass.junit4() ? "JUnit 4 via Vintage" : "Jupiter", ideClass.mock() ? ", a Mockito mock" : ""));
    }

    /** A trivial test: what a developer clicks in a bare project. */
    static final String IDE_TRIVIAL_TEST = "bench.trivial.T00Test#m0";

    /** The first test class of the last module (with 16 tests or more, Feature003Test: Jupiter, a Mockito mock), as {@code --select-method} names its first test. */
    static RealProjectGen.TestClass ideClass() {
        int last = RealProjectGen.MODULES.length - 1;
        return RealProjectGen.plan(tests).stream().filter(c -> c.module() == last).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--rp-tests " + tests + " leaves the last module without tests; give at least "
                        + RealProjectGen.METHODS * RealProjectGen.MODULES.length));
    }

    static String ideTest(RealProjectGen.TestClass c) {
        return RealProjectGen.pkg(c.module()) + "." + c.name() + "#case0";
    }

    /** The last module's test class path as an IDE builds it: Maven's list of its dependencies, its classes, its test classes. */
    static List<String> testClassPath(Path proj) throws Exception {
        String last = RealProjectGen.MODULES[RealProjectGen.MODULES.length - 1];
        List<String> cp = new ArrayList<>(List.of(proj.resolve(last + "/target/test-classes").toString(),
                proj.resolve(last + "/target/classes").toString()));
        cp.addAll(List.of(Files.readString(proj.resolve(last + "/target/bench-test.cp")).trim().split(":")));
        return cp;
    }

    /** console-standalone running one method, as an IDE's JUnit run does; {@code engine} null is Solo off. */
    static List<String> ide(List<String> cp, Path engine, String method) {
        List<String> full = new ArrayList<>(cp);
        if (engine != null) full.add(engine.toString());
        List<String> cmd = new ArrayList<>(List.of(Harness.java(), "-cp", Harness.csJar + ":" + String.join(":", full),
                "org.junit.platform.console.ConsoleLauncher", "execute", "--disable-banner", "--disable-ansi-colors",
                "--details=summary", "--select-method=" + method));
        if (engine != null) cmd.add("--config=solo.enabled=true");
        return cmd;
    }

    /** Issue 30's fixed cost: the CPU (host and children) one test costs with Solo on beyond Solo off, per class path. */
    static void fixedCost(Map<String, List<Cpu.Run>> runs, String rpName) {
        StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "Solo's fixed cost of a run: one test as an IDE runs it "
                + "(console-standalone, `--select-method`), Solo off and on, %d run(s) each, round-robin, median by CPU%n%n",
                Math.max(1, Harness.runsLong)));
        t.append("| Class path, test | Solo | Wall s | CPU s (host + children) | Host CPU s | Children CPU s | On − off, CPU s | Results |\n");
        t.append("|---|---|---:|---:|---:|---:|---:|---|\n");
        for (String[] pair : new String[][] {{"ide-rp", rpName},
                {"ide-trivial", "one folder of trivial tests, `T00Test#m0`"}}) {
            Cpu.Run off = medByTree(runs.get(pair[0] + "-off")), on = medByTree(runs.get(pair[0] + "-on"));
            for (Cpu.Run r : List.of(off, on)) {
                t.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.2f | %s | %s |%n", pair[1], r == off ? "off" : "on",
                        r.wall(), Cpu.ms(r.treeTicks()) / 1000, Cpu.ms(r.hostTicks()) / 1000, Cpu.ms(r.childTicks()) / 1000,
                        r == off ? "—" : String.format(Locale.ROOT, "**+%.2f**", Cpu.ms(on.treeTicks() - off.treeTicks()) / 1000),
                        consoleCounts(r.out())));
            }
        }
        Harness.tables.add(t.toString());
        Harness.notes.add("fixed cost (issue 30's target: at most 0.3 s of CPU on beyond off): the on − off column of the table above.");
    }

    static Cpu.Run medByTree(List<Cpu.Run> l) {
        List<Cpu.Run> s = new ArrayList<>(l);
        s.sort((x, y) -> Long.compare(x.treeTicks(), y.treeTicks()));
        return s.get(s.size() / 2);
    }

    /** {@code cmd} with {@code -j 1} in place of its {@code -j N}. */
    static List<String> oneSlot(List<String> cmd) {
        List<String> j1 = new ArrayList<>(cmd);
        j1.set(j1.indexOf("-j") + 1, "1");
        return j1;
    }

    static void measure(Map<String, List<Cpu.Run>> runs, String key, List<String> cmd, Path dir, Map<String, String> env) throws Exception {
        runs.computeIfAbsent(key, k -> new ArrayList<>()).add(Cpu.measure(key, cmd, env, false, dir));
    }

    /**
     * Online once: the project's dependencies and Surefire's providers resolved and its classes compiled;
     * then one class per module under each Solo variant, so that class-data archives exist before the timed runs.
     */
    static void warmUp(Path proj, Map<String, String> env, Path soloJar) throws Exception {
        StringBuilder perModule = new StringBuilder();
        for (int k = 0; k < RealProjectGen.MODULES.length; k++) perModule.append(k == 0 ? "" : ",").append(String.format("Feature%03dTest", k));
        List<String> warm = List.of("mvn", "-B", "-q", "-Dstyle.color=never", "test-compile",
                "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath", "-Dmdep.outputFile=target/bench-test.cp");
        Runs.mustRun("rp-warm-resolve", warm, proj, env);
        List<String> test = List.of("mvn", "-B", "-q", "-Dstyle.color=never", "test", "-Dtest=" + perModule, "-Dsurefire.failIfNoSpecifiedTests=false");
        Runs.mustRun("rp-warm-surefire", test, proj, env);
        Runs.mustRun("rp-warm-surefire-solo", Harness.concat(test, "-Psolo"), proj, env);
        List<String> filters = List.of(perModule.toString().split(","));
        List<String> run = Harness.concat(List.of(Harness.java(), "-jar", soloJar.toString(), "run", "--color=never"), filters.toArray(new String[0]));
        // Not fatal: these runs make the archives, and a child that fails while they are made is a finding for the notes.
        for (String[] w : new String[][] {{"rp-warm-solo"}, {"rp-warm-solo-class", "--config=solo.isolation=class"}}) {
            List<String> cmd = Harness.concat(run, java.util.Arrays.copyOfRange(w, 1, w.length));
            Runs.Proc p = Runs.run(w[0], cmd, proj, env);
            if (p.exit() != 0) Harness.notes.add("realproject: warm-up " + w[0] + " exited " + p.exit() + " (see its log): "
                    + p.out().lines().filter(l -> l.contains("Summary [")).findFirst().orElse("no summary").trim());
        }
    }

    /** Entries on the last module's test class path: Maven's list of its dependencies (the warm-up wrote it), its classes and test classes. */
    static int classPathSize(Path proj) throws Exception {
        String last = RealProjectGen.MODULES[RealProjectGen.MODULES.length - 1];
        Path f = proj.resolve(last + "/target/bench-test.cp");
        return Files.isRegularFile(f) ? Files.readString(f).trim().split(":").length + 2 : -1;
    }

    // ---- counts -----------------------------------------------------------------------------
    static final Pattern MVN_MODULE = Pattern.compile("Tests run: (\\d+), Failures: (\\d+), Errors: (\\d+), Skipped: (\\d+)\\s*$", Pattern.MULTILINE);
    static final Pattern SOLO_SUMMARY = Pattern.compile("Summary \\[[^]]*] (\\d+) tests? run: (\\d+) passed[^,\\n]*((?:, \\d+ \\w+)*)");
    static final Pattern SOLO_PART = Pattern.compile(", (\\d+) (failed|skipped|timed out|leaky|aborted)");

    /** "P passed, F failed, S skipped" from Surefire's per-module summaries (summed over the reactor) or solo run's summary. */
    static String counts(Cpu.Run r) {
        if (r.name().startsWith("rp-solo")) {
            Matcher m = SOLO_SUMMARY.matcher(r.out());
            if (!m.find()) return "no summary (exit " + r.exit() + ")";
            long failed = 0, skipped = 0;
            Matcher p = SOLO_PART.matcher(m.group(3));
            while (p.find()) {
                if (p.group(2).equals("skipped")) skipped += Long.parseLong(p.group(1));
                else if (p.group(2).equals("failed")) failed += Long.parseLong(p.group(1));
            }
            return m.group(2) + " passed, " + failed + " failed, " + skipped + " skipped";
        }
        Matcher m = MVN_MODULE.matcher(r.out());
        long run = 0, bad = 0, skipped = 0;
        int modules = 0;
        while (m.find()) {
            run += Long.parseLong(m.group(1));
            bad += Long.parseLong(m.group(2)) + Long.parseLong(m.group(3));
            skipped += Long.parseLong(m.group(4));
            modules++;
        }
        if (modules == 0) return "no summary (exit " + r.exit() + ")";
        return (run - bad - skipped) + " passed, " + bad + " failed, " + skipped + " skipped";
    }

    static String consoleCounts(String out) {
        Map<String, Long> m = Runs.parseCounts(out);
        return m.isEmpty() ? "no summary" : m.getOrDefault("successful", 0L) + " passed, " + m.getOrDefault("failed", 0L) + " failed, "
                + m.getOrDefault("skipped", 0L) + " skipped";
    }

    // ---- table ------------------------------------------------------------------------------
    static void table(Map<String, List<Cpu.Run>> runs, int n, int nTrivial, int jars) {
        Cpu.Run base = Cpu.med(runs.get("rp-mvn")), compile = Cpu.med(runs.get("rp-compile")), trivial = Cpu.med(runs.get("rp-trivial"));
        double trivialChild = Cpu.ms(trivial.childTicks()) / nTrivial;
        int r = Math.max(1, Harness.runsLong);
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "Real project (generated: %d modules, %,d tests, %d per class, JUnit 4 via Vintage and Jupiter "
                + "alternating, Guava + Truth/AssertJ + Mockito, %d entries on a module's test class path; -j%d; %d run(s) each, "
                + "round-robin, median by host CPU)%n%n", RealProjectGen.MODULES.length, n, RealProjectGen.METHODS, jars, Harness.threads, r));
        t.append("| Variant | Wall s | vs mvn test | Host CPU s | Child CPU s | Child CPU/test ms | Test JVMs' CPU/test ms | vs trivial | Others' CPU s | Results |\n");
        t.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        String expected = counts(base);
        line(t, "`mvn -o test`, Surefire defaults (1 reused fork)", base, base, n, Double.NaN, trivialChild, expected);
        Cpu.Run test = Cpu.med(runs.get("rp-solo-test")), cls = Cpu.med(runs.get("rp-solo-class")), sf = Cpu.med(runs.get("rp-surefire-solo"));
        // solo run's children include the Maven it asks for process-test-classes: its tree CPU comes off.
        line(t, "`solo run`, a JVM per test", test, base, n, Cpu.ms(test.childTicks() - compile.treeTicks()) / n, trivialChild, expected);
        line(t, "`solo run --config=solo.isolation=class`", cls, base, n, Cpu.ms(cls.childTicks() - compile.treeTicks()) / n, trivialChild, expected);
        line(t, "`mvn -o test -Psolo`: Surefire (1 fork) + Solo, a JVM per test", sf, base, n, Double.NaN, trivialChild, expected);
        Cpu.Run j1 = Cpu.med(runs.get("rp-solo-j1")), one = Cpu.med(runs.get("rp-solo-one"));
        double testJvm = Cpu.ms(test.childTicks() - compile.treeTicks()) / n;
        line(t, "`solo run -j1`, a JVM per test", j1, base, n, Cpu.ms(j1.childTicks() - compile.treeTicks()) / n, trivialChild, expected);
        t.append(String.format(Locale.ROOT, "| *reference:* `solo run`, one test (Solo's fixed cost of a run) | %.2f | — | %.2f | %.2f | — | — | — | %.2f | %s |%n",
                one.wall(), Cpu.ms(one.hostTicks()) / 1000, Cpu.ms(one.childTicks()) / 1000, one.othersCpu(), counts(one)));
        t.append(String.format(Locale.ROOT, "| *reference:* `mvn -o -q process-test-classes` (solo run's first step) | %.2f | %.2f× | %.2f | %.2f | — | — | — | %.2f | — |%n",
                compile.wall(), compile.wall() / base.wall(), Cpu.ms(compile.hostTicks()) / 1000, Cpu.ms(compile.childTicks()) / 1000, compile.othersCpu()));
        t.append(String.format(Locale.ROOT, "| *reference:* %d trivial tests, console-standalone + Solo -j%d | %.2f | — | %.2f | %.2f | %.0f | %.0f | 1.00× | %.2f | %s |%n",
                nTrivial, Harness.threads, trivial.wall(), Cpu.ms(trivial.hostTicks()) / 1000, Cpu.ms(trivial.childTicks()) / 1000,
                trivialChild, trivialChild, trivial.othersCpu(), consoleCounts(trivial.out())));
        Harness.tables.add(t.toString());

        boolean same = counts(test).equals(expected) && counts(cls).equals(expected) && counts(sf).equals(expected)
                && counts(j1).equals(expected)
                && expected.startsWith(n + " passed, 0 failed");
        Harness.notes.add("realproject: results " + (same ? "identical in all five variants (" + expected + ")"
                : "DIFFER: mvn test " + expected + "; solo run " + counts(test) + "; isolation=class " + counts(cls) + "; Surefire + Solo " + counts(sf)
                + "; solo run -j1 " + counts(j1)
                + " (expected " + n + " passed)") + ".");
        if (sf.out().contains("could not be activated"))
            Harness.notes.add("realproject: rp-surefire-solo DID NOT RUN SOLO (profile solo missing): its figures are not Solo's.");
        scale(test, j1, one, testJvm, n);
        Harness.notes.add(String.format(Locale.ROOT, "realproject: wall per test beyond `mvn test`'s, (variant − mvn test) / %d: solo run %.0f ms, "
                + "isolation=class %.0f ms, Surefire + Solo %.0f ms (at -j%d; × %d for slot time). Issue 30's targets: per test within 10× of "
                + "mvn test on JDK 25 (15× on 17), isolation=class within 1.5×, test JVMs' CPU per test within 2× of the trivial test's.",
                n, (test.wall() - base.wall()) / n * 1000, (cls.wall() - base.wall()) / n * 1000, (sf.wall() - base.wall()) / n * 1000,
                Harness.threads, Harness.threads));
    }

    /**
     * What -j1 and -jN measured, and what they predict for 16 and 64 cores. The host's CPU per test
     * is the run's host CPU beyond a one-test run's, per further test; taken as serial (the worst
     * case: the scheduler and the sinks are one thread), it bounds the rate at 1,000 / h tests a
     * second, while the cores bound it at N × 1,000 / (c + h): the host becomes the limit from
     * N = (c + h) / h cores on.
     */
    static void scale(Cpu.Run jn, Cpu.Run j1, Cpu.Run one, double testJvm, int n) {
        double host = Cpu.ms(jn.hostTicks() - one.hostTicks()) / Math.max(1, n - 1);
        double perTest = testJvm + host;
        double speedup = (j1.wall() - one.wall()) / Math.max(0.001, jn.wall() - one.wall());
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "realproject scale: -j1 %.2f s, -j%d %.2f s "
                + "(beyond a one-test run's %.2f s: %.2f× faster on %d slots); host CPU per further test %.1f ms, a test JVM's %.0f ms. "
                + "Predicted for %d tests, beyond the fixed %.2f s:", j1.wall(), Harness.threads, jn.wall(), one.wall(), speedup,
                Harness.threads, host, testJvm, n, one.wall()));
        for (int cores : new int[] {16, 64}) {
            double coresBound = n * perTest / cores / 1000, hostBound = n * host / 1000;
            s.append(String.format(Locale.ROOT, " %d cores %.2f s (%s-bound: cores %.2f s, host %.2f s);", cores,
                    Math.max(coresBound, hostBound), coresBound >= hostBound ? "core" : "host", coresBound, hostBound));
        }
        s.append(String.format(Locale.ROOT, " taking the host's work per test as one thread's (the worst case), the host becomes the limit "
                + "from %.0f cores on.", perTest / Math.max(0.001, host)));
        Harness.notes.add(s.toString());
    }

    static void line(StringBuilder t, String name, Cpu.Run r, Cpu.Run base, int n, double testJvmsPerTest, double trivialChild, String expected) {
        double child = Cpu.ms(r.childTicks()) / n;
        double judged = Double.isNaN(testJvmsPerTest) ? child : testJvmsPerTest;
        String c = counts(r);
        t.append(String.format(Locale.ROOT, "| %s | %.2f | %s | %.2f | %.2f | %.1f | %s | %s | %.2f | %s%s |%n", name, r.wall(),
                r == base ? "1.00× (baseline)" : String.format(Locale.ROOT, "%.2f×", r.wall() / base.wall()),
                Cpu.ms(r.hostTicks()) / 1000, Cpu.ms(r.childTicks()) / 1000, child,
                Double.isNaN(testJvmsPerTest) ? "—" : String.format(Locale.ROOT, "%.0f", testJvmsPerTest),
                r == base ? "—" : String.format(Locale.ROOT, "%.1f×", judged / trivialChild), r.othersCpu(), c,
                r == base || c.equals(expected) ? "" : " **DIFFER**"));
    }
}
