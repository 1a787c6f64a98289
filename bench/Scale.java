// The scale row (issue 13, "measure first" 3): the host's CPU per test and peak RSS at 100, 1,000
// and 5,000 generated trivial tests, Solo at -j2, once each. 5,000 tests one JVM per test would take
// 12–18 minutes on 2 cores, so that size runs with solo.isolation=class (50 classes of 100 tests: 50
// child JVMs); to have a like-for-like line for it, 100 and 1,000 run with isolation=class too.
// The measurement (host utime+stime, children's CPU, VmHWM) is Cpu.measure's, without its sampling of
// the children (that sampling costs the host CPU, see Cpu.java; the children's CPU stays exact). Part of the harness
// (see Harness.java, bench/README.md).

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

final class Scale {
    private Scale() {}

    static final int METHODS = 100;                    // tests per generated class
    static final int[] SIZES = {100, 1_000, 5_000};
    static final int PER_TEST_MAX = 1_000;             // largest size run one JVM per test

    record Line(String label, int n, String isolation, Cpu.Run run) {}

    /** One measured run of {@code tests} tests, its children unsampled: sampling them costs the host CPU (Cpu.java). */
    static Cpu.Run unobserved(String name, List<String> cmd, int tests) throws Exception {
        return Cpu.expect(Cpu.measure(name, cmd, Map.of(), false), tests);
    }

    static void row(boolean solo) throws Exception {
        if (!solo) { Harness.notes.add("scale row: needs the Solo engine jar; skipped."); return; }
        List<Line> lines = new ArrayList<>();
        for (int n : SIZES) {
            Path dir = Harness.trivialClasses("scale-" + n, n / METHODS, METHODS);
            List<String> cp = List.of(dir.toString());
            String scan = dir.toString();
            if (n == SIZES[0])   // untimed warm-up on this class path shape
                Cpu.measure("scale-warm", Harness.console(cp, scan, true, 2, List.of("--include-classname=.*T00Test")));
            if (n <= PER_TEST_MAX && Harness.baselineEngineJar != null)   // the same sizes, an older engine, interleaved
                lines.add(new Line("Solo -j2, one JVM per test, baseline engine", n, "test-baseline",
                        unobserved("scale-" + n + "-test-baseline", Harness.console(cp, scan, Harness.baselineEngineJar, 2, List.of()), n)));
            if (n <= PER_TEST_MAX)
                lines.add(new Line("Solo -j2, one JVM per test", n, "test",
                        unobserved("scale-" + n + "-test", Harness.console(cp, scan, true, 2, List.of()), n)));
            lines.add(new Line("Solo -j2, solo.isolation=class (" + n / METHODS + " classes × " + METHODS + ")", n, "class",
                    unobserved("scale-" + n + "-class", Harness.console(cp, scan, true, 2, List.of("--config=solo.isolation=class")), n)));
        }
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "Scale (generated trivial tests, %d per class, Solo -j2, one run each; 5,000 only with solo.isolation=class)%n%n", METHODS));
        t.append("| Tests | Isolation | Wall s | Host CPU s | Host CPU/test ms | Child CPU/test ms | Host peak RSS (VmHWM) MiB | Others' CPU s |\n");
        t.append("|---:|---|---:|---:|---:|---:|---:|---:|\n");
        lines.sort((a, b) -> a.isolation.equals(b.isolation) ? Integer.compare(a.n, b.n) : b.isolation.compareTo(a.isolation));
        for (Line l : lines) {
            Cpu.Run r = l.run;
            t.append(String.format(Locale.ROOT, "| %,d | %s | %.1f | %.2f | %.2f | %.1f | %.0f | %.2f |%n", l.n, l.label, r.wall(),
                    Cpu.ms(r.hostTicks()) / 1000, Cpu.ms(r.hostTicks()) / l.n, Cpu.ms(r.childTicks()) / l.n, r.hostHwmKb() / 1024.0, r.othersCpu()));
        }
        Harness.tables.add(t.toString());
        // The marginal host CPU per test: what one more test costs the host, the fixed start-up aside.
        for (String iso : List.of("test-baseline", "test", "class")) {
            List<Line> l = lines.stream().filter(x -> x.isolation.equals(iso)).toList();
            if (l.size() < 2) continue;
            Line a = l.get(0), b = l.get(l.size() - 1);
            Harness.notes.add(String.format(Locale.ROOT, "scale, isolation=%s: marginal host CPU per test from %,d to %,d tests = %.2f ms "
                    + "((host CPU at %,d − at %,d) / %,d); host peak RSS %.0f → %.0f MiB.", iso, a.n, b.n,
                    Cpu.ms(b.run.hostTicks() - a.run.hostTicks()) / (b.n - a.n), b.n, a.n, b.n - a.n,
                    a.run.hostHwmKb() / 1024.0, b.run.hostHwmKb() / 1024.0));
        }
    }
}
