// Solo benchmark harness (Java 17+). bench/run.sh compiles bench/*.java into <work>/classes and
// launches it as
//   java -cp <work>/classes Harness --jdk PATH --repo DIR --work DIR --cs-jar JAR --ct-cp FILE [options]
// It generates the fixtures under --work, runs every row in this one invocation (so that ratios
// hold on a noisy machine) and prints one table. See bench/README.md.

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

public class Harness {

    // ---- options -------------------------------------------------------------------------
    static Path jdk, repo, work, csJar, ctCpFile, engineJar;
    static Path baselineEngineJar;                  // --baseline-engine-jar: an older engine, measured beside engineJar (cpu, scale rows)
    static String junit4Cp;                         // junit 4.13.2 + hamcrest-core 1.3 jars, for the discovery row
    static int runsShort = 3, runsLong = 1, threads = 2;
    static int classes = 20, methods = 10;          // fork-cost suite: 20 x 10 = 200 tests
    static int longPoleSeconds = 10, shortClasses = 10, shortMethods = 10;
    static String ctFilter = null;                  // --include-classname for Commons Text
    static Set<String> rows = new LinkedHashSet<>(List.of("floor", "fork", "commons", "longpole", "memory", "examples", "discovery", "cpu", "scale", "record", "ctfull", "realproject"));
    static String soloVersion = "0.1.0-SNAPSHOT";
    static String mode = "jvm-cp";
    static boolean noSolo = false;                  // how Solo is put on the console launcher's class path
    static boolean gcCompare = false;               // --gc-compare: a fork-cost variant with the serial collector
    static boolean aheadCompare = false;            // --ahead-compare: cpu-row variants with JVMs started ahead on idle cores

    // ---- results -------------------------------------------------------------------------
    record Row(String section, String name, String key, List<Double> walls, String baseline, String note) {}
    static final List<Row> table = new ArrayList<>();
    static final List<String> notes = new ArrayList<>();
    static final List<String> tables = new ArrayList<>();   // further tables (cpu, scale rows), printed after the main one
    static String loadAtStart;

    public static void main(String[] args) throws Exception {
        parse(args);
        loadAtStart = Runs.loadavg();
        Files.createDirectories(work.resolve("logs"));
        boolean solo = !noSolo && engineJar != null && Files.isRegularFile(engineJar);
        if (noSolo) notes.add("--no-solo: Solo rows skipped.");
        else if (!solo) notes.add("Solo engine jar not found (" + engineJar + "): Solo rows skipped.");
        else {
            // A private copy: the engine may be rebuilt while the benchmark runs.
            Path copy = work.resolve("lib/solo-engine.jar");
            Files.createDirectories(copy.getParent());
            Files.copy(engineJar, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            notes.add("Solo engine: " + engineJar + " (" + Files.size(engineJar) + " bytes, built "
                    + Files.getLastModifiedTime(engineJar).toString().substring(0, 16) + "), used as a copy in " + copy + ".");
            engineJar = copy;
            if (baselineEngineJar != null) {
                Path base = work.resolve("lib/solo-engine-baseline.jar");
                Files.copy(baselineEngineJar, base, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                notes.add("Baseline engine (--baseline-engine-jar): " + baselineEngineJar + " (" + Files.size(base)
                        + " bytes), used as a copy in " + base + ".");
                baselineEngineJar = base;
            }
        }
        System.out.println("== Solo bench: " + javaVersion() + " (" + jdk + "), " + Runtime.getRuntime().availableProcessors()
                + " cpus, runs short=" + runsShort + " long=" + runsLong + ", threads=" + threads);

        if (rows.contains("floor")) floor();
        if (rows.contains("fork")) forkCost(solo);
        if (rows.contains("commons")) commonsText(solo);
        if (rows.contains("longpole")) LongPoles.row(solo);
        if (rows.contains("memory")) Memory.row(solo);
        if (rows.contains("examples")) examples(solo);
        if (rows.contains("discovery")) Discovery.row(solo);
        if (rows.contains("cpu")) Cpu.row(solo);
        if (rows.contains("scale")) Scale.row(solo);
        if (rows.contains("record")) Record.row(solo);
        if (rows.contains("ctfull")) CommonsTextSurefire.row(solo);
        if (rows.contains("realproject")) RealProject.row(solo);
        if (rows.contains("scripts")) Scripts.row(solo);
        print();
    }

    static void parse(String[] a) {
        for (int i = 0; i < a.length; i++) {
            String k = a[i];
            switch (k) {
                case "--jdk" -> jdk = Path.of(a[++i]);
                case "--repo" -> repo = Path.of(a[++i]).toAbsolutePath();
                case "--work" -> work = Path.of(a[++i]).toAbsolutePath();
                case "--cs-jar" -> csJar = Path.of(a[++i]).toAbsolutePath();
                case "--ct-cp" -> ctCpFile = Path.of(a[++i]).toAbsolutePath();
                case "--engine-jar" -> engineJar = Path.of(a[++i]).toAbsolutePath();
                case "--baseline-engine-jar" -> baselineEngineJar = Path.of(a[++i]).toAbsolutePath();
                case "--runs" -> runsShort = Integer.parseInt(a[++i]);
                case "--runs-long" -> runsLong = Integer.parseInt(a[++i]);
                case "--threads" -> threads = Integer.parseInt(a[++i]);
                case "--rows" -> rows = new LinkedHashSet<>(Arrays.asList(a[++i].split(",")));
                case "--ct-filter" -> ctFilter = a[++i];
                case "--long-pole-seconds" -> longPoleSeconds = Integer.parseInt(a[++i]);
                case "--mode" -> mode = a[++i];
                case "--no-quiet-wait" -> Runs.quietWait = false;
                case "--no-solo" -> noSolo = true;
                case "--gc-compare" -> gcCompare = true;
                case "--ahead-compare" -> aheadCompare = true;
                case "--classes" -> classes = Integer.parseInt(a[++i]);
                case "--methods" -> methods = Integer.parseInt(a[++i]);
                case "--junit4-cp" -> junit4Cp = a[++i];
                case "--discovery-classes" -> DiscoverySuite.classes = Integer.parseInt(a[++i]);
                case "--discovery-methods" -> DiscoverySuite.methods = Integer.parseInt(a[++i]);
                case "--discovery-runners" -> DiscoverySuite.runners = Integer.parseInt(a[++i]);
                case "--discovery-suites" -> DiscoverySuite.suites = Integer.parseInt(a[++i]);
                case "--rp-tests" -> RealProject.tests = Integer.parseInt(a[++i]);
                default -> throw new IllegalArgumentException("unknown option " + k);
            }
        }
        if (jdk == null) jdk = Path.of(System.getProperty("java.home"));
        if (repo == null) repo = Path.of("").toAbsolutePath();
        if (work == null) work = repo.resolve("bench/work");
        if (engineJar == null) engineJar = repo.resolve("engine/target/solo-engine-" + soloVersion + ".jar");
        if (junit4Cp == null) junit4Cp = work.resolve("lib/junit-4.13.2.jar") + ":" + work.resolve("lib/hamcrest-core-1.3.jar");
    }

    static String java() { return jdk.resolve("bin/java").toString(); }

    static String javaVersion() {
        try {
            Runs.Proc p = Runs.run("java-version", List.of(java(), "-version"), null, null);
            return p.out().lines().findFirst().orElse("?").trim();
        } catch (Exception e) {
            return "?";
        }
    }

    // ---- 1. floor -----------------------------------------------------------------------
    /**
     * The floor's program, compiled now by this JDK for Java 17: a Hello.class an older harness
     * left may be a newer JDK's class file, which would fail to load and pass for a cheap floor.
     */
    static Path hello() throws Exception {
        Path dir = work.resolve("hello");
        Files.createDirectories(dir);
        write(dir.resolve("Hello.java"), "public class Hello { public static void main(String[] a) { System.out.println(\"Hello\"); } }\n");
        Runs.mustRun("javac-hello", List.of(jdk.resolve("bin/javac").toString(), "--release", "17", "-d", dir.toString(), dir.resolve("Hello.java").toString()), null);
        return dir;
    }

    static void floor() throws Exception {
        Path dir = hello();
        List<Double> w = Runs.interleave(new Runs.Variant("floor", Math.max(5, runsShort), () -> Runs.run("floor", List.of(java(), "-cp", dir.toString(), "Hello"), null, null))).get("floor");
        add("Floor", "java -cp … Hello", "floor", null, "JVM start + exit, nothing else");
    }

    // ---- 2. fork cost -------------------------------------------------------------------
    static Path trivialClasses() throws Exception { return trivialClasses("trivial", classes, methods); }

    static Path trivialClasses(String name, int classes, int methods) throws Exception {
        Path src = work.resolve(name + "/src/bench/trivial"), out = work.resolve(name + "/classes");
        Files.createDirectories(src);
        List<String> files = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            StringBuilder sb = new StringBuilder("package bench.trivial;\n\nimport static org.junit.jupiter.api.Assertions.assertEquals;\n\nimport org.junit.jupiter.api.Test;\n\nclass T")
                    .append(String.format("%02d", c)).append("Test {\n");
            for (int m = 0; m < methods; m++)
                sb.append("    @Test void m").append(m).append("() { assertEquals(").append(m + 1).append(", ").append(m).append(" + 1); }\n");
            sb.append("}\n");
            Path f = src.resolve(String.format("T%02dTest.java", c));
            write(f, sb.toString());
            files.add(f.toString());
        }
        deleteTree(out);
        List<String> cmd = new ArrayList<>(List.of(jdk.resolve("bin/javac").toString(), "--release", "17", "-d", out.toString(), "-cp", csJar.toString()));
        cmd.addAll(files);
        Runs.mustRun("javac-trivial", cmd, null);
        return out;
    }

    /** The console launcher command; Solo on or off, the class path differing only by the engine jar. */
    static List<String> console(List<String> cp, String scan, boolean solo, int soloThreads, List<String> extra) {
        return console(cp, scan, solo ? engineJar : null, soloThreads, extra);
    }

    /** The same with a given engine jar (null: Solo off). */
    static List<String> console(List<String> cp, String scan, Path engine, int soloThreads, List<String> extra) {
        boolean solo = engine != null;
        List<String> cmd = new ArrayList<>();
        List<String> full = new ArrayList<>(cp);
        if (solo) full.add(engine.toString());
        cmd.add(java());
        if (mode.equals("jvm-cp")) {
            // Everything on the JVM's own class path: what a forked child can inherit as is.
            cmd.addAll(List.of("-cp", csJar + ":" + String.join(":", full), "org.junit.platform.console.ConsoleLauncher", "execute"));
        } else {
            // `java -jar console-standalone.jar execute -cp …`: the launcher's own class loader.
            cmd.addAll(List.of("-jar", csJar.toString(), "execute", "-cp", String.join(":", full)));
        }
        cmd.addAll(List.of("--disable-banner", "--disable-ansi-colors", "--details=summary", "--scan-class-path=" + scan));
        if (solo) cmd.addAll(List.of("--config=solo.enabled=true", "--config=solo.test-threads=" + soloThreads));
        cmd.addAll(extra);
        return cmd;
    }

    /** The collector fast start used to add; {@code --gc-compare} measures it beside today's default. */
    static final String SERIAL_GC = "--config=solo.jvm-args=-XX:+UseSerialGC";

    static void forkCost(boolean solo) throws Exception {
        Path classesDir = trivialClasses();
        int n = classes * methods;
        List<String> cp = List.of(classesDir.toString());
        String scan = classesDir.toString();
        // Untimed warm-up of each Solo configuration on one class (the engine may cache per class path).
        if (solo) {
            Runs.run("fork-warm-j1", console(cp, scan, true, 1, List.of("--include-classname=.*T00Test")), null, null);
            Runs.run("fork-warm-jN", console(cp, scan, true, threads, List.of("--include-classname=.*T00Test")), null, null);
            if (gcCompare) {
                Runs.run("fork-warm-serial", console(cp, scan, true, 1, List.of("--include-classname=.*T00Test", SERIAL_GC)), null, null);
            }
        }
        Map<String, List<Double>> w = Runs.interleave(
                new Runs.Variant("fork-inproc", runsShort, () -> Runs.expect(Runs.run("fork-inproc", console(cp, scan, false, 0, List.of()), null, null), n)),
                new Runs.Variant("fork-solo-j1", solo ? runsLong : 0, () -> Runs.expect(Runs.run("fork-solo-j1", console(cp, scan, true, 1, List.of()), null, null), n)),
                new Runs.Variant("fork-solo-jN", solo ? runsLong : 0, () -> Runs.expect(Runs.run("fork-solo-jN", console(cp, scan, true, threads, List.of()), null, null), n)),
                new Runs.Variant("fork-solo-serial", solo && gcCompare ? runsLong : 0, () -> Runs.expect(Runs.run("fork-solo-serial", console(cp, scan, true, 1, List.of(SERIAL_GC)), null, null), n)));
        add("Fork cost", n + " trivial tests, in-process (console-standalone)", "fork-inproc", null, Runs.counts("fork-inproc"));
        if (!solo) return;
        add("Fork cost", n + " trivial tests, Solo -j1", "fork-solo-j1", "fork-inproc", Runs.counts("fork-solo-j1"));
        add("Fork cost", n + " trivial tests, Solo -j" + threads, "fork-solo-jN", "fork-inproc", Runs.counts("fork-solo-jN"));
        if (gcCompare) {
            add("Fork cost", n + " trivial tests, Solo -j1, children on -XX:+UseSerialGC (fast start before issue 8)",
                    "fork-solo-serial", "fork-inproc", Runs.counts("fork-solo-serial"));
        }
        double floor = Runs.median.getOrDefault("floor", Double.NaN) * 1000;
        double per1 = (Runs.median.get("fork-solo-j1") - Runs.median.get("fork-inproc")) / n * 1000;
        double perN = (Runs.median.get("fork-solo-jN") - Runs.median.get("fork-inproc")) / n * 1000;
        double cpu1 = (Runs.med(Runs.cpuOf.get("fork-solo-j1")) - Runs.med(Runs.cpuOf.get("fork-inproc"))) / n * 1000;
        String ofFloor = Double.isNaN(floor) ? "" : String.format(Locale.ROOT, " = %.1f× the floor (%.0f ms)", per1 / floor, floor);
        notes.add(String.format(Locale.ROOT, "**Per-test overhead at -j1** = (Solo -j1 wall − in-process wall) / %d = **%.0f ms**%s; in CPU time %.0f ms per test.",
                n, per1, ofFloor, cpu1));
        notes.add(String.format(Locale.ROOT, "Amortised at -j%d: (Solo -j%d wall − in-process wall) / %d = %.0f ms of wall per test%s; "
                + "× %d = %.0f ms of slot time per test.", threads, threads, n, perN,
                Double.isNaN(floor) ? "" : String.format(Locale.ROOT, " (%.1f× the floor)", perN / floor), threads, perN * threads));
    }

    // ---- 3. Commons Text ----------------------------------------------------------------
    static void commonsText(boolean solo) throws Exception {
        List<String> cp = Arrays.asList(Files.readString(ctCpFile).trim().split(":"));
        String testsJar = cp.stream().filter(s -> s.endsWith("-tests.jar")).findFirst().orElseThrow();
        Path cwd = commonsTextWorkingDir();
        List<String> extra = ctFilter == null ? List.of() : List.of("--include-classname=" + ctFilter);
        String scope = ctFilter == null ? "whole suite" : "classes ~ /" + ctFilter + "/";
        if (solo) Runs.run("ct-warm", console(cp, testsJar, true, threads, List.of("--include-classname=.*\\.similarity\\.JaroWinklerSimilarityTest")), cwd, null);
        Map<String, List<Double>> w = Runs.interleave(
                new Runs.Variant("ct-inproc", runsLong, () -> Runs.run("ct-inproc", console(cp, testsJar, false, 0, extra), cwd, null)),
                new Runs.Variant("ct-solo", solo ? runsLong : 0, () -> Runs.run("ct-solo", console(cp, testsJar, true, threads, extra), cwd, null)));
        add("Commons Text 1.14.0", "tests jar, in-process (" + scope + ")", "ct-inproc", null, Runs.counts("ct-inproc"));
        if (!solo) return;
        add("Commons Text 1.14.0", "tests jar, Solo -j" + threads, "ct-solo", "ct-inproc", Runs.counts("ct-solo"));
        boolean same = Runs.countsMap("ct-inproc").equals(Runs.countsMap("ct-solo"));
        notes.add("Commons Text results " + (same ? "match" : "DIFFER") + ": in-process " + Runs.counts("ct-inproc") + "; Solo " + Runs.counts("ct-solo") + ".");
    }

    /**
     * The working directory of every Commons Text row: some of its tests read src/test/resources/…
     * relative to it, so the tests jar's resources are unpacked there once.
     */
    static Path commonsTextWorkingDir() throws Exception {
        List<String> cp = Arrays.asList(Files.readString(ctCpFile).trim().split(":"));
        String testsJar = cp.stream().filter(s -> s.endsWith("-tests.jar")).findFirst().orElseThrow();
        Path cwd = work.resolve("commons-text");
        Path res = cwd.resolve("src/test/resources");
        if (!Files.isDirectory(res)) {
            Files.createDirectories(res);
            Runs.mustRun("unzip-ct", List.of(jdk.resolve("bin/jar").toString(), "xf", testsJar), res);
            try (Stream<Path> s = Files.walk(res)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".class")).toList()) Files.delete(p);
            }
        }
        return cwd;
    }

    // ---- 6. examples/isolation ----------------------------------------------------------
    static void examples(boolean solo) throws Exception {
        if (!Files.isRegularFile(repo.resolve("examples/isolation/pom.xml")) || !solo) return;
        List<String> mvn = List.of("mvn", "-o", "-B", "-Dstyle.color=never", "test", "-pl", "examples/isolation");
        Map<String, String> env = Map.of("JAVA_HOME", jdk.toString());
        Runs.run("ex-warm", concat(mvn, "-Dsolo.enabled=false"), repo, env);
        Map<String, List<Double>> w = Runs.interleave(
                new Runs.Variant("ex-off", runsLong, () -> Runs.run("ex-off", concat(mvn, "-Dsolo.enabled=false"), repo, env)),
                new Runs.Variant("ex-on", runsLong, () -> Runs.run("ex-on", mvn, repo, env)));
        add("examples/isolation", "mvn test -pl examples/isolation -Dsolo.enabled=false", "ex-off", null, Runs.mvnCounts("ex-off"));
        add("examples/isolation", "mvn test -pl examples/isolation (Solo)", "ex-on", "ex-off", Runs.mvnCounts("ex-on"));
    }

    // ---- table --------------------------------------------------------------------------
    static void add(String section, String name, String key, String baseline, String note) {
        table.add(new Row(section, name, key, Runs.wallsOf.getOrDefault(key, List.of()), baseline, note));
    }

    static void print() {
        System.out.println();
        System.out.println("JDK: " + javaVersion() + " — " + jdk);
        System.out.println("Load average (1/5/15 min) at start: " + loadAtStart + ", at end: " + Runs.loadavg());
        System.out.println("Runs: median of N; N = " + runsShort + " (floor: max(5,N)) for in-process rows" + (rows.contains("discovery") ? " and every discovery variant" : "")
                + ", " + runsLong + " for Solo/Maven rows; -j" + threads + " = solo.test-threads=" + threads);
        System.out.println();
        System.out.println("| Row | Wall s (median) | N | vs baseline | CPU s | Others' CPU s | Results / notes |");
        System.out.println("|---|---:|---:|---:|---:|---:|---|");
        String section = null;
        for (Row r : table) {
            if (!r.section.equals(section)) {
                section = r.section;
                System.out.println("| **" + section + "** | | | | | | |");
            }
            double med = Runs.med(r.walls);
            String ratio = "1.00× (baseline)";
            if (r.baseline != null && Runs.median.containsKey(r.baseline))
                ratio = String.format(Locale.ROOT, "%.2f×", med / Runs.median.get(r.baseline));
            System.out.printf(Locale.ROOT, "| %s | %.3f | %d | %s | %.2f | %.2f | %s |%n", r.name, med, r.walls.size(), ratio,
                    Runs.med(Runs.cpuOf.get(r.key)), Runs.med(Runs.othersOf.get(r.key)), r.note);
        }
        for (String t : tables) System.out.println("\n" + t.stripTrailing());
        System.out.println();
        for (String n : notes) System.out.println("- " + n);
        System.out.println("\nGenerated " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16) + "; logs in " + work.resolve("logs"));
    }

    // ---- files --------------------------------------------------------------------------
    static void write(Path f, String s) throws IOException {
        Files.createDirectories(f.getParent());
        if (!Files.exists(f) || !Files.readString(f).equals(s)) Files.writeString(f, s);
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) Files.delete(x);
        }
    }

    static List<String> concat(List<String> a, String... more) {
        List<String> l = new ArrayList<>(a);
        l.addAll(Arrays.asList(more));
        return l;
    }
}
