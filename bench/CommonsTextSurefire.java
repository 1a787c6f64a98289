// The ctfull row (issue 13, "measure first" 2): Apache Commons Text 1.14.0's whole suite (1,399
// tests) under Surefire from its tests jar (dependenciesToScan; project bench/commons-text-surefire),
// three ways in one invocation: Surefire with a JVM per class (forkCount=2 reuseForks=false), Solo
// one JVM per test at -j2, and Solo solo.isolation=class at -j2, each inside Surefire's one fork.
// Part of the harness (see Harness.java, bench/README.md).

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

final class CommonsTextSurefire {
    private CommonsTextSurefire() {}

    static void row(boolean solo) throws Exception {
        Path proj = Harness.repo.resolve("bench/commons-text-surefire");
        Path cwd = Harness.commonsTextWorkingDir();
        Map<String, String> env = Map.of("JAVA_HOME", Harness.jdk.toString());
        List<String> common = List.of("-B", "-Dstyle.color=never", "-Dbench.cwd=" + cwd,
                "-Dbench.engineJar=" + Harness.engineJar, "-Dbench.threads=" + Harness.threads);
        // Online once, to resolve the suite, Surefire and its JUnit Platform provider; and once
        // with Solo on one class, so that its class-data archive exists before the timed runs.
        // Under dependenciesToScan, -Dtest matches class files by path: a bare class name matches none.
        List<String> warm = Harness.concat(Harness.concat(List.of("mvn", "-q"), common.toArray(new String[0])),
                "test", "-Dtest=org/apache/commons/text/similarity/JaroWinklerSimilarityTest*",
                "-Dsurefire.failIfNoSpecifiedTests=false");
        Runs.run("ctf-warm", warm, proj, env);
        if (solo) Runs.run("ctf-warm-solo", Harness.concat(warm, "-Psolo"), proj, env);
        List<String> mvn = Harness.concat(Harness.concat(List.of("mvn", "-o"), common.toArray(new String[0])), "test");
        Runs.interleave(
                new Runs.Variant("ctf-perclass", Harness.runsLong, () -> Runs.run("ctf-perclass",
                        Harness.concat(mvn, "-Dbench.forkCount=2", "-Dbench.reuseForks=false"), proj, env)),
                new Runs.Variant("ctf-solo-test", solo ? Harness.runsLong : 0, () -> Runs.run("ctf-solo-test",
                        Harness.concat(mvn, "-Psolo", "-Dbench.isolation=test"), proj, env)),
                new Runs.Variant("ctf-solo-class", solo ? Harness.runsLong : 0, () -> Runs.run("ctf-solo-class",
                        Harness.concat(mvn, "-Psolo", "-Dbench.isolation=class"), proj, env)));
        String section = "Commons Text 1.14.0, whole suite, under Surefire";
        Harness.add(section, "Surefire forkCount=2 reuseForks=false (a JVM per class)", "ctf-perclass", null, Runs.mvnCounts("ctf-perclass"));
        if (!solo) return;
        Harness.add(section, "Surefire (1 fork) + Solo -j" + Harness.threads + ", a JVM per test", "ctf-solo-test", "ctf-perclass", Runs.mvnCounts("ctf-solo-test"));
        Harness.add(section, "Surefire (1 fork) + Solo -j" + Harness.threads + ", solo.isolation=class", "ctf-solo-class", "ctf-perclass", Runs.mvnCounts("ctf-solo-class"));
        for (String key : List.of("ctf-solo-test", "ctf-solo-class")) {
            // A Solo row that ran without Solo would pass for a fast one.
            if (Runs.lastOut.getOrDefault(key, "").contains("could not be activated"))
                Harness.notes.add("ctfull: " + key + " DID NOT RUN SOLO (profile solo missing): its figures are not Solo's.");
        }
        String perClass = Runs.mvnCounts("ctf-perclass").replaceAll(" \\(exit.*", "");
        boolean same = perClass.equals(Runs.mvnCounts("ctf-solo-test").replaceAll(" \\(exit.*", ""))
                && perClass.equals(Runs.mvnCounts("ctf-solo-class").replaceAll(" \\(exit.*", ""));
        Harness.notes.add("ctfull: results " + (same ? "identical" : "DIFFER") + " (Surefire's counts): per class " + perClass
                + "; Solo per test " + Runs.mvnCounts("ctf-solo-test") + "; Solo isolation=class " + Runs.mvnCounts("ctf-solo-class")
                + ". Issue 13's targets: Solo per test within 2.5× of the per-class wall; isolation=class at least 2× faster than it.");
    }
}
