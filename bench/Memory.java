// The memory row: one extra, untimed run of the trivial tests, sampling the peak RSS (VmHWM
// from /proc/<pid>/status, every 10 ms) of the host and of each forked child. Part of the
// harness (see Harness.java, bench/README.md).

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

final class Memory {
    private Memory() {}

    static void row(boolean solo) throws Exception {
        Path classesDir = Harness.work.resolve("trivial/classes");
        if (!Files.isDirectory(classesDir)) classesDir = Harness.trivialClasses();
        List<String> cp = List.of(classesDir.toString());
        String scan = classesDir.toString();
        Mem in = sampled("mem-inproc", Harness.console(cp, scan, false, 0, List.of()));
        Harness.notes.add(String.format(Locale.ROOT, "Peak RSS (VmHWM, sampled every 10 ms), %d trivial tests: in-process host %s.", Harness.classes * Harness.methods, mb(in.host)));
        if (!solo) return;
        Mem s = sampled("mem-solo", Harness.console(cp, scan, true, Harness.threads, List.of()));
        // Helper JVMs the engine may start (a CDS archive dump, -Xshare:dump) are not test children.
        Map<Long, Long> helpers = new HashMap<>(), tests = new HashMap<>();
        s.children.forEach((pid, v) -> (cmdOf.getOrDefault(pid, "").contains("-Xshare:dump") ? helpers : tests).put(pid, v));
        if (!helpers.isEmpty())
            Harness.notes.add("Helper JVMs (CDS archive dump) during the memory run: " + helpers.size() + ", peak " + mb(helpers.values().stream().max(Long::compare).get()) + ".");
        s = new Mem(s.host, tests, s.maxConcurrent);
        List<Long> kids = new ArrayList<>(s.children.values());
        kids.sort(null);
        long med = kids.isEmpty() ? 0 : kids.get(kids.size() / 2);
        long max = kids.isEmpty() ? 0 : kids.get(kids.size() - 1);
        Harness.notes.add(String.format(Locale.ROOT, "Peak RSS, Solo -j%d: host %s; one child: median %s, max %s (%d children seen, %d running at most at once).",
                Harness.threads, mb(s.host), mb(med), mb(max), kids.size(), s.maxConcurrent));

    }

    record Mem(long host, Map<Long, Long> children, int maxConcurrent) {}

    static final Map<Long, String> cmdOf = new HashMap<>();

    /** Runs cmd, polling /proc/<pid>/status VmHWM of the process and each of its descendants. */
    static Mem sampled(String name, List<String> cmd) throws Exception {
        Path log = Harness.work.resolve("logs/" + name + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long host = 0;
        Map<Long, Long> kids = new HashMap<>();
        int maxConc = 0;
        String hostCmd = "";
        while (p.isAlive()) {
            if (hostCmd.isEmpty()) hostCmd = cmdline(p.pid());
            host = Math.max(host, hwm(p.pid()));
            List<ProcessHandle> ds = p.descendants().toList();
            int conc = 0;
            for (ProcessHandle d : ds) {
                // Between fork/vfork and exec a child still shares or copies the host's memory
                // (and its command line): only count it once it runs a command of its own.
                String c = cmdline(d.pid());
                if (c.isEmpty() || c.equals(hostCmd) || c.contains("jspawnhelper")) continue;
                long v = hwm(d.pid());
                if (v > 0) {
                    kids.merge(d.pid(), v, Math::max);
                    cmdOf.putIfAbsent(d.pid(), c);
                    conc++;
                }
            }
            maxConc = Math.max(maxConc, conc);
            Thread.sleep(10);
        }
        p.waitFor();
        return new Mem(host, kids, maxConc);
    }

    static long hwm(long pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status")))
                if (l.startsWith("VmHWM:")) return Long.parseLong(l.replaceAll("\\D", "")) * 1024;
        } catch (IOException | UncheckedIOException e) {
            // gone
        }
        return 0;
    }

    static String cmdline(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline"))).replace('\0', ' ').trim();
        } catch (IOException e) {
            return "";
        }
    }

    static String mb(long b) { return String.format(Locale.ROOT, "%.0f MiB", b / 1048576.0); }
}
