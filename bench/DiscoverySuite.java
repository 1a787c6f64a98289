// The generated suites of the discovery row (see Discovery.java), under <work>/discovery/:
//   plain/    N Jupiter classes + N JUnit 4 classes, M @Test methods each (default 1,000 + 1,000 × 10);
//   runners/  the same classes plus JUnit 4 runners that cannot run single tests: R classes whose
//             @RunWith runner extends org.junit.runner.Runner directly (not Filterable) and reports
//             50 tests, and S JUnit 3 `suite()` classes of 500 tests each, built from nested
//             TestSuites that hold every (TestCase class, method) twice.
// Sources are generated deterministically and compiled with javac --release 17; a stamp file
// records the sizes, so a rerun with the same sizes reuses the classes.

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

final class DiscoverySuite {
    private DiscoverySuite() {}

    static int classes = 1000, methods = 10, runners = 20, suites = 2;
    static final int CLASSES_PER_PACKAGE = 100;
    static final int RUNNER_TESTS = 50;
    // A suite(): PARTS nested suites; part p holds CASES_PER_PART TestCase classes × CASE_METHODS
    // methods, and parts p and p + PARTS/2 hold the same ones.
    static final int PARTS = 10, CASES_PER_PART = 2, CASE_METHODS = 25;
    static final int SUITE_TESTS = PARTS * CASES_PER_PART * CASE_METHODS; // 500, 250 distinct
    static final String VERSION = "discovery-suite 1";

    /** A compiled suite: its class directory (also the scan root) and the number of tests it declares. */
    record Fixture(String name, Path classes, long tests, String what) {}

    static String junit4Cp() { return Harness.junit4Cp; }

    static Fixture plain() throws Exception {
        Path dir = Harness.work.resolve("discovery/plain"), src = dir.resolve("src"), out = dir.resolve("classes");
        String stamp = VERSION + " plain classes=" + classes + " methods=" + methods;
        long tests = 2L * classes * methods;
        String what = String.format(java.util.Locale.ROOT, "%,d tests in %,d classes (%,d Jupiter + %,d JUnit 4, %d methods each)",
                tests, 2 * classes, classes, classes, methods);
        Fixture f = new Fixture("plain", out, tests, what);
        if (cached(dir, stamp)) return f;
        Harness.deleteTree(src);
        Harness.deleteTree(out);
        List<Path> files = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            files.add(jupiterClass(src, c));
            files.add(junit4Class(src, c));
        }
        javac("javac-discovery-plain", out, files);
        Harness.write(dir.resolve("stamp"), stamp + "\n");
        return f;
    }

    static Fixture withRunners(Fixture plain) throws Exception {
        Path dir = Harness.work.resolve("discovery/runners"), src = dir.resolve("src"), out = dir.resolve("classes");
        String stamp = VERSION + " runners classes=" + classes + " methods=" + methods + " runners=" + runners + " suites=" + suites;
        long tests = plain.tests + (long) runners * RUNNER_TESTS + (long) suites * SUITE_TESTS;
        String what = String.format(java.util.Locale.ROOT, "%,d tests: the plain suite + %d @RunWith(Runner, not Filterable) classes × %d"
                + " + %d JUnit 3 suite() × %d (each description twice)", tests, runners, RUNNER_TESTS, suites, SUITE_TESTS);
        Fixture f = new Fixture("runners", out, tests, what);
        if (cached(dir, stamp)) return f;
        Harness.deleteTree(src);
        Harness.deleteTree(out);
        copyTree(plain.classes, out);
        List<Path> files = new ArrayList<>();
        files.add(write(src, "bench/discovery/runners/ReportingRunner.java", reportingRunner()));
        for (int r = 0; r < runners; r++) {
            String name = String.format("Runner%02dTest", r);
            files.add(write(src, "bench/discovery/runners/" + name + ".java", "package bench.discovery.runners;\n\nimport org.junit.runner.RunWith;\n\n"
                    + "@RunWith(ReportingRunner.class)\npublic class " + name + " {\n}\n"));
        }
        for (int s = 0; s < suites; s++) files.addAll(junit3Suite(src, s));
        javac("javac-discovery-runners", out, files);
        Harness.write(dir.resolve("stamp"), stamp + "\n");
        return f;
    }

    static boolean cached(Path dir, String stamp) throws Exception {
        Path f = dir.resolve("stamp");
        return Files.isDirectory(dir.resolve("classes")) && Files.isRegularFile(f) && Files.readString(f).trim().equals(stamp);
    }

    static Path jupiterClass(Path src, int c) throws Exception {
        String pkg = String.format("bench.discovery.jupiter.p%02d", c / CLASSES_PER_PACKAGE), name = String.format("J%04dTest", c);
        StringBuilder sb = new StringBuilder("package " + pkg + ";\n\nimport static org.junit.jupiter.api.Assertions.assertEquals;\n\n"
                + "import org.junit.jupiter.api.Test;\n\nclass " + name + " {\n");
        for (int m = 0; m < methods; m++) sb.append("    @Test void m").append(m).append("() { assertEquals(").append(m + 1).append(", ").append(m).append(" + 1); }\n");
        return write(src, pkg.replace('.', '/') + "/" + name + ".java", sb.append("}\n").toString());
    }

    static Path junit4Class(Path src, int c) throws Exception {
        String pkg = String.format("bench.discovery.junit4.p%02d", c / CLASSES_PER_PACKAGE), name = String.format("V%04dTest", c);
        StringBuilder sb = new StringBuilder("package " + pkg + ";\n\nimport static org.junit.Assert.assertEquals;\n\n"
                + "import org.junit.Test;\n\npublic class " + name + " {\n");
        for (int m = 0; m < methods; m++) sb.append("    @Test public void m").append(m).append("() { assertEquals(").append(m + 1).append(", ").append(m).append(" + 1); }\n");
        return write(src, pkg.replace('.', '/') + "/" + name + ".java", sb.append("}\n").toString());
    }

    static String reportingRunner() {
        return """
                package bench.discovery.runners;

                import org.junit.runner.Description;
                import org.junit.runner.Runner;
                import org.junit.runner.notification.RunNotifier;

                /** Reports %d tests per class and can only run them all: neither Filterable nor Sortable. */
                public class ReportingRunner extends Runner {
                    private final Description description;

                    public ReportingRunner(Class<?> testClass) {
                        description = Description.createSuiteDescription(testClass);
                        for (int i = 0; i < %d; i++) description.addChild(Description.createTestDescription(testClass, "case" + i));
                    }

                    @Override
                    public Description getDescription() {
                        return description;
                    }

                    @Override
                    public void run(RunNotifier notifier) {
                        for (Description d : description.getChildren()) {
                            notifier.fireTestStarted(d);
                            notifier.fireTestFinished(d);
                        }
                    }
                }
                """.formatted(RUNNER_TESTS, RUNNER_TESTS);
    }

    /** SuiteNTest with a static suite() (found by the class-name pattern) and its TestCase classes SuiteNCaseK (not found by it). */
    static List<Path> junit3Suite(Path src, int s) throws Exception {
        String pkg = "bench.discovery.suites", dir = "bench/discovery/suites/", name = String.format("Suite%dTest", s);
        List<Path> files = new ArrayList<>();
        int cases = PARTS / 2 * CASES_PER_PART;
        StringBuilder list = new StringBuilder();
        for (int k = 0; k < cases; k++) {
            String c = String.format("Suite%dCase%d", s, k);
            list.append(k == 0 ? "" : ", ").append(c).append(".class");
            StringBuilder sb = new StringBuilder("package " + pkg + ";\n\nimport junit.framework.TestCase;\n\npublic class " + c + " extends TestCase {\n");
            for (int m = 0; m < CASE_METHODS; m++) sb.append("    public void test").append(m).append("() { assertEquals(").append(m + 1).append(", ").append(m).append(" + 1); }\n");
            files.add(write(src, dir + c + ".java", sb.append("}\n").toString()));
        }
        files.add(write(src, dir + name + ".java", """
                package %s;

                import junit.framework.Test;
                import junit.framework.TestSuite;

                /** %d tests in %d nested suites; parts p and p + %d hold the same tests, so every description appears twice. */
                public class %s {
                    private static final Class<?>[] CASES = {%s};

                    public static Test suite() {
                        TestSuite all = new TestSuite(%s.class.getName());
                        for (int part = 0; part < %d; part++) {
                            TestSuite s = new TestSuite("part " + part);
                            int first = part %% %d * %d;
                            for (int c = first; c < first + %d; c++)
                                for (int m = 0; m < %d; m++) s.addTest(TestSuite.createTest(CASES[c], "test" + m));
                            all.addTest(s);
                        }
                        return all;
                    }
                }
                """.formatted(pkg, SUITE_TESTS, PARTS, PARTS / 2, name, list, name, PARTS, PARTS / 2, CASES_PER_PART, CASES_PER_PART, CASE_METHODS)));
        return files;
    }

    static Path write(Path src, String rel, String text) throws Exception {
        Path f = src.resolve(rel);
        Harness.write(f, text);
        return f;
    }

    static void javac(String name, Path out, List<Path> files) throws Exception {
        System.out.println("   " + name + ": compiling " + files.size() + " generated sources into " + out);
        Path args = out.resolveSibling(name + ".args");
        Files.createDirectories(out);
        Files.write(args, files.stream().map(Path::toString).toList());
        Runs.mustRun(name, List.of(Harness.jdk.resolve("bin/javac").toString(), "--release", "17", "-proc:none", "-nowarn", "-d", out.toString(),
                "-cp", Harness.csJar + ":" + junit4Cp(), "@" + args), null);
    }

    static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
