// The scale row (issue 13, "measure first" 3): the host's CPU per test and peak RSS at 100, 1,000
// and 5,000 generated trivial tests, Solo at -j2, once each. 5,000 tests one JVM per test would take
// 12–18 minutes on 2 cores, so that size runs with solo.isolation=class (50 classes of 100 tests: 50
// child JVMs); to have a like-for-like line for it, 100 and 1,000 run with isolation=class too. Each size
// also runs in-process (console-standalone without Solo), the baseline of the host's RSS, and the class
// lines once more with the host's heap bounded (see row()).
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

    static final String BOUNDED_HEAP = "-Xmx64m";

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
            // The baseline of the RSS column: the same JVM running the same tests itself. Its heap grows with
            // the suite as the host's does (the collector's choice, not what either keeps).
            lines.add(new Line("In-process (console-standalone, no Solo)", n, "in-process",
                    unobserved("scale-" + n + "-in-process", Harness.console(cp, scan, (Path) null, 0, List.of()), n)));
            if (n <= PER_TEST_MAX && Harness.baselineEngineJar != null)   // the same sizes, an older engine, interleaved
                lines.add(new Line("Solo -j2, one JVM per test, baseline engine", n, "test-baseline",
                        unobserved("scale-" + n + "-test-baseline", Harness.console(cp, scan, Harness.baselineEngineJar, 2, List.of()), n)));
            if (n <= PER_TEST_MAX)
                lines.add(new Line("Solo -j2, one JVM per test", n, "test",
                        unobserved("scale-" + n + "-test", Harness.console(cp, scan, true, 2, List.of()), n)));
            lines.add(new Line("Solo -j2, solo.isolation=class (" + n / METHODS + " classes × " + METHODS + ")", n, "class",
                    unobserved("scale-" + n + "-class", Harness.console(cp, scan, true, 2, List.of("--config=solo.isolation=class")), n)));
            // The same two with the host's heap bounded, as a build's argLine may: what is left of the growth is
            // the JVM's own (compiled code, metadata), in both. The children inherit the option, as they inherit any.
            lines.add(new Line("In-process, host " + BOUNDED_HEAP, n, "in-process " + BOUNDED_HEAP,
                    unobserved("scale-" + n + "-in-process-bounded", bounded(Harness.console(cp, scan, (Path) null, 0, List.of())), n)));
            lines.add(new Line("Solo -j2, solo.isolation=class, host " + BOUNDED_HEAP, n, "class " + BOUNDED_HEAP,
                    unobserved("scale-" + n + "-class-bounded", bounded(Harness.console(cp, scan, true, 2, List.of("--config=solo.isolation=class"))), n)));
        }
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "Scale (generated trivial tests, %d per class, Solo -j2, one run each; 5,000 only with solo.isolation=class)%n%n", METHODS));
        t.append("| Tests | Isolation | Wall s | Host CPU s | Host CPU/test ms | Child CPU/test ms | Host peak RSS (VmHWM) MiB | RSS − in-process MiB | Others' CPU s |\n");
        t.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
        lines.sort((a, b) -> a.isolation.equals(b.isolation) ? Integer.compare(a.n, b.n) : b.isolation.compareTo(a.isolation));
        for (Line l : lines) {
            Cpu.Run r = l.run;
            Cpu.Run base = inProcess(lines, l.n, l.isolation.endsWith(BOUNDED_HEAP));
            String above = l.isolation.startsWith("in-process") || base == null ? "—"
                    : String.format(Locale.ROOT, "%+.0f", (r.hostHwmKb() - base.hostHwmKb()) / 1024.0);
            t.append(String.format(Locale.ROOT, "| %,d | %s | %.1f | %.2f | %.2f | %.1f | %.0f | %s | %.2f |%n", l.n, l.label, r.wall(),
                    Cpu.ms(r.hostTicks()) / 1000, Cpu.ms(r.hostTicks()) / l.n, Cpu.ms(r.childTicks()) / l.n, r.hostHwmKb() / 1024.0,
                    above, r.othersCpu()));
        }
        Harness.tables.add(t.toString());
        // The marginal host CPU per test: what one more test costs the host, the fixed start-up aside.
        for (String iso : List.of("in-process", "test-baseline", "test", "class", "in-process " + BOUNDED_HEAP, "class " + BOUNDED_HEAP)) {
            List<Line> l = lines.stream().filter(x -> x.isolation.equals(iso)).toList();
            if (l.size() < 2) continue;
            Line a = l.get(0), b = l.get(l.size() - 1);
            Harness.notes.add(String.format(Locale.ROOT, "scale, isolation=%s: marginal host CPU per test from %,d to %,d tests = %.2f ms "
                    + "((host CPU at %,d − at %,d) / %,d); host peak RSS %.0f → %.0f MiB.", iso, a.n, b.n,
                    Cpu.ms(b.run.hostTicks() - a.run.hostTicks()) / (b.n - a.n), b.n, a.n, b.n - a.n,
                    a.run.hostHwmKb() / 1024.0, b.run.hostHwmKb() / 1024.0));
        }
    }

    /** The in-process line of the same size and heap: the baseline of a line's RSS. */
    private static Cpu.Run inProcess(List<Line> lines, int n, boolean bounded) {
        String iso = bounded ? "in-process " + BOUNDED_HEAP : "in-process";
        return lines.stream().filter(l -> l.n == n && l.isolation.equals(iso)).map(Line::run).findFirst().orElse(null);
    }

    private static List<String> bounded(List<String> cmd) {
        List<String> withHeap = new ArrayList<>(cmd);
        withHeap.add(1, BOUNDED_HEAP);   // right after the java executable
        return withHeap;
    }
}
