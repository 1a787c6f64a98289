// Running and timing the benchmark's commands: one process per run, wall and CPU time, a wait
// for a quiet machine before each, round-robin variants and their medians, and the parsing of
// console-standalone's and Maven's test counts. Part of the harness (see Harness.java).

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

final class Runs {
    private Runs() {}

    /** Medians and the per-run figures of every variant run through {@link #interleave}, by key. */
    static final Map<String, Double> median = new HashMap<>();
    static final Map<String, List<Double>> wallsOf = new HashMap<>(), cpuOf = new HashMap<>(), othersOf = new HashMap<>();

    /**
     * seconds: wall; cpu: user+sys of the process tree (GNU time); others: CPU seconds the rest of the machine used meanwhile;
     * rssKb: GNU time's peak resident set size (of the largest process of the tree), in KiB (-1 if unknown).
     */
    record Proc(int exit, double seconds, String out, double cpu, double others, long rssKb) {}

    static final boolean GNU_TIME = Files.isExecutable(Path.of("/usr/bin/time"));
    static boolean quietWait = true;

    /** Busy and total jiffies of all CPUs, from /proc/stat. */
    static long[] cpuTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0, total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                long v = Long.parseLong(f[i]);
                total += v;
                if (i != 4 && i != 5) busy += v; // not idle, not iowait
            }
            return new long[] {busy, total};
        } catch (Exception e) {
            return new long[] {0, 0};
        }
    }

    /** Waits (at most 30 s) for the machine to be nearly idle: under 20 % of one CPU busy over 1 s. */
    static void awaitQuiet() throws InterruptedException {
        if (!quietWait) return;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        int cpus = Runtime.getRuntime().availableProcessors();
        while (System.nanoTime() < deadline) {
            long[] a = cpuTicks();
            Thread.sleep(1000);
            long[] b = cpuTicks();
            double busyCpus = b[1] == a[1] ? 0 : (double) (b[0] - a[0]) / (b[1] - a[1]) * cpus;
            if (busyCpus < 0.2) return;
        }
        System.out.println("   (machine still busy after 30 s; running anyway)");
    }

    static final Map<String, Integer> lastExit = new ConcurrentHashMap<>();
    static final Map<String, String> lastOut = new ConcurrentHashMap<>();

    interface Step { Proc get() throws Exception; }

    record Variant(String key, int n, Step step) {}

    /** Runs the variants round-robin (A B C A B C …) so that a noisy spell hits them alike; medians into {@link #median}. */
    static Map<String, List<Double>> interleave(Variant... vs) throws Exception {
        Map<String, List<Double>> w = new LinkedHashMap<>();
        int rounds = Arrays.stream(vs).mapToInt(Variant::n).max().orElse(0);
        for (int i = 0; i < rounds; i++) {
            for (Variant v : vs) {
                if (i >= v.n) continue;
                Proc p = v.step.get();
                w.computeIfAbsent(v.key, k -> new ArrayList<>()).add(p.seconds);
                cpuOf.computeIfAbsent(v.key, k -> new ArrayList<>()).add(p.cpu);
                othersOf.computeIfAbsent(v.key, k -> new ArrayList<>()).add(p.others);
                System.out.printf(Locale.ROOT, "   %-22s run %d/%d: %7.2f s wall, %7.2f s CPU, others %6.2f s CPU (exit %d)%n",
                        v.key, i + 1, v.n, p.seconds, p.cpu, p.others, p.exit);
            }
        }
        w.forEach((k, l) -> median.put(k, med(l)));
        wallsOf.putAll(w);
        return w;
    }

    static double med(List<Double> l) {
        List<Double> s = new ArrayList<>(l);
        s.sort(null);
        return s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2;
    }

    static String loadavg() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    static Proc run(String name, List<String> cmd, Path dir, Map<String, String> env) throws Exception {
        Path log = Harness.work.resolve("logs/" + name + ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        if (dir != null) pb.directory(dir.toFile());
        if (env != null) pb.environment().putAll(env);
        pb.environment().put("PATH", Harness.jdk.resolve("bin") + ":" + System.getenv("PATH"));
        Path timeFile = Harness.work.resolve("logs/" + name + ".time");
        if (GNU_TIME) {
            List<String> wrapped = new ArrayList<>(List.of("/usr/bin/time", "-o", timeFile.toString(), "-f", "%U %S %M"));
            wrapped.addAll(cmd);
            pb.command(wrapped);
        }
        awaitQuiet();
        long[] c0 = cpuTicks();
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) { p.destroyForcibly(); throw new IllegalStateException(name + " timed out"); }
        double s = (System.nanoTime() - t0) / 1e9;
        long[] c1 = cpuTicks();
        double cpu = Double.NaN, others = Double.NaN;
        long rss = -1;
        if (GNU_TIME && Files.isRegularFile(timeFile)) {
            List<String> tl = Files.readAllLines(timeFile);
            String[] f = tl.get(tl.size() - 1).trim().split(" ");
            try {
                cpu = Double.parseDouble(f[0]) + Double.parseDouble(f[1]);
                others = Math.max(0, (c1[0] - c0[0]) / 100.0 - cpu); // USER_HZ = 100
                rss = Long.parseLong(f[2]);
            } catch (RuntimeException e) {
                // time printed something else (e.g. "Command exited with non-zero status")
            }
        }
        String out = Files.readString(log);
        lastExit.put(name, p.exitValue());
        lastOut.put(name, out);
        return new Proc(p.exitValue(), s, out, cpu, others, rss);
    }

    static void mustRun(String name, List<String> cmd, Path dir) throws Exception { mustRun(name, cmd, dir, null); }

    static void mustRun(String name, List<String> cmd, Path dir, Map<String, String> env) throws Exception {
        Proc p = run(name, cmd, dir, env);
        if (p.exit != 0) throw new IllegalStateException(name + " failed (exit " + p.exit + "): see " + Harness.work.resolve("logs/" + name + ".log") + "\n" + tail(p.out));
    }

    static Proc expect(Proc p, int tests) {
        Map<String, Long> c = parseCounts(p.out);
        if (c.getOrDefault("successful", -1L) != tests)
            System.out.println("   !! expected " + tests + " successful tests, got " + c + " (exit " + p.exit + ")\n" + tail(p.out));
        return p;
    }

    static Proc expectMvn(Proc p, int tests) {
        String c = parseMvn(p.out);
        if (p.exit != 0 || !c.startsWith("run " + tests + ", failures 0, errors 0"))
            System.out.println("   !! expected " + tests + " passing tests, got " + c + " (exit " + p.exit + ")\n" + tail(p.out));
        return p;
    }

    static final Pattern COUNT = Pattern.compile("\\[\\s*(\\d+) tests (found|successful|failed|skipped|aborted)\\s*]");

    static Map<String, Long> parseCounts(String out) {
        Map<String, Long> m = new LinkedHashMap<>();
        Matcher x = COUNT.matcher(out);
        while (x.find()) m.put(x.group(2), Long.parseLong(x.group(1)));
        return m;
    }

    static Map<String, Long> countsMap(String key) { return parseCounts(lastOut.getOrDefault(key, "")); }

    static String counts(String key) {
        Map<String, Long> m = countsMap(key);
        if (m.isEmpty()) return "no summary (exit " + lastExit.get(key) + ")";
        return m.getOrDefault("successful", 0L) + " passed, " + m.getOrDefault("failed", 0L) + " failed, "
                + m.getOrDefault("skipped", 0L) + " skipped" + (m.getOrDefault("aborted", 0L) > 0 ? ", " + m.get("aborted") + " aborted" : "");
    }

    static final Pattern MVN = Pattern.compile("Tests run: (\\d+), Failures: (\\d+), Errors: (\\d+), Skipped: (\\d+)\\s*$", Pattern.MULTILINE);

    static String parseMvn(String out) {
        Matcher x = MVN.matcher(out);
        String last = null;
        while (x.find()) last = "run " + x.group(1) + ", failures " + x.group(2) + ", errors " + x.group(3) + ", skipped " + x.group(4);
        return last == null ? "no summary" : last;
    }

    static String mvnCounts(String key) { return parseMvn(lastOut.getOrDefault(key, "")) + " (exit " + lastExit.get(key) + ")"; }

    static String tail(String s) {
        List<String> l = s.lines().toList();
        return l.subList(Math.max(0, l.size() - 25), l.size()).stream().map(x -> "      | " + x).collect(Collectors.joining("\n"));
    }
}
