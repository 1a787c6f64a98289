// The record row (issue 11): what recording every run costs. The fork-cost suite and a "chatty"
// one (each test prints 64 KiB to stdout, which the recorder compresses into the store) each run
// at -j<threads> with recording off (SOLO_RECORD=0) and on, round-robin, one cache folder for all
// (so class-data archives are equally warm), measured as the cpu row measures: wall, the host
// JVM's own CPU (where the recorder runs) and the children's. Part of the harness (see Harness.java).

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

final class Record {
    private Record() {}

    static final int CHATTY_BYTES = 64 * 1024;

    static void row(boolean solo) throws Exception {
        if (!solo) { Harness.notes.add("record row: needs the Solo engine jar; skipped."); return; }
        int n = Harness.classes * Harness.methods;
        Path trivial = Harness.trivialClasses();
        Path chatty = chattyClasses(Harness.classes, Harness.methods);
        Path cache = Harness.work.resolve("record-cache");
        Harness.deleteTree(cache);
        Map<String, String> off = Map.of("SOLO_CACHE_DIR", cache.toString(), "SOLO_RECORD", "0");
        Map<String, String> on = Map.of("SOLO_CACHE_DIR", cache.toString());
        List<String> trivialCmd = Harness.console(List.of(trivial.toString()), trivial.toString(), true, Harness.threads, List.of());
        List<String> chattyCmd = Harness.console(List.of(chatty.toString()), chatty.toString(), true, Harness.threads, List.of());
        Cpu.measure("record-warm", Harness.console(List.of(trivial.toString()), trivial.toString(), true, Harness.threads,
                List.of("--include-classname=.*T00Test")), on);
        int runs = Math.max(1, Harness.runsLong);
        List<Cpu.Run> tOff = new ArrayList<>(), tOn = new ArrayList<>(), cOff = new ArrayList<>(), cOn = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            tOff.add(Cpu.expect(Cpu.measure("record-off", trivialCmd, off), n));
            tOn.add(Cpu.expect(Cpu.measure("record-on", trivialCmd, on), n));
            cOff.add(Cpu.expect(Cpu.measure("record-chatty-off", chattyCmd, off), n));
            cOn.add(Cpu.expect(Cpu.measure("record-chatty-on", chattyCmd, on), n));
        }
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "Recorder cost (%d tests at -j%d, %d run(s) each, median by host CPU; recording off = SOLO_RECORD=0)%n%n",
                n, Harness.threads, runs));
        t.append("| Suite | Recording | Wall s | Wall ratio | Host CPU s | Host CPU ratio | Host CPU/test ms | Child CPU s |\n");
        t.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        line(t, "trivial", "off", Cpu.med(tOff), Cpu.med(tOff), n);
        line(t, "trivial", "on", Cpu.med(tOn), Cpu.med(tOff), n);
        line(t, "chatty (64 KiB stdout per test)", "off", Cpu.med(cOff), Cpu.med(cOff), n);
        line(t, "chatty (64 KiB stdout per test)", "on", Cpu.med(cOn), Cpu.med(cOff), n);
        Harness.tables.add(t.toString());
        Harness.notes.add(String.format(Locale.ROOT, "record: the store after the row: %s", storeSize(cache)));
    }

    static void line(StringBuilder t, String suite, String recording, Cpu.Run r, Cpu.Run base, int n) {
        t.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.3f | %.2f | %.3f | %.1f | %.2f |%n", suite, recording, r.wall(),
                r.wall() / base.wall(), Cpu.ms(r.hostTicks()) / 1000, (double) r.hostTicks() / base.hostTicks(),
                Cpu.ms(r.hostTicks()) / n, Cpu.ms(r.childTicks()) / 1000));
    }

    /** The fork-cost suite's shape, each test printing CHATTY_BYTES of text first. */
    static Path chattyClasses(int classes, int methods) throws Exception {
        Path src = Harness.work.resolve("chatty/src/bench/chatty"), out = Harness.work.resolve("chatty/classes");
        Files.createDirectories(src);
        List<String> files = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            StringBuilder sb = new StringBuilder("package bench.chatty;\n\nimport org.junit.jupiter.api.Test;\n\nclass C")
                    .append(String.format("%02d", c)).append("Test {\n")
                    .append("    static void print(int seed) { StringBuilder s = new StringBuilder(); int i = 0;\n")
                    .append("        while (s.length() < ").append(CHATTY_BYTES).append(") s.append(\"line \").append(seed).append(':').append(i++).append(\" of the test's log\\n\");\n")
                    .append("        System.out.print(s); }\n");
            for (int m = 0; m < methods; m++)
                sb.append("    @Test void m").append(m).append("() { print(").append(c * 100 + m).append("); }\n");
            sb.append("}\n");
            Path f = src.resolve(String.format("C%02dTest.java", c));
            Harness.write(f, sb.toString());
            files.add(f.toString());
        }
        Harness.deleteTree(out);
        List<String> cmd = new ArrayList<>(List.of(Harness.jdk.resolve("bin/javac").toString(), "--release", "17", "-d", out.toString(),
                "-cp", Harness.csJar.toString()));
        cmd.addAll(files);
        Runs.mustRun("javac-chatty", cmd, null);
        return out;
    }

    static String storeSize(Path cache) throws Exception {
        Path records = cache.resolve("records");
        if (!Files.isDirectory(records)) return "no records";
        long bytes;
        long runs;
        try (var files = Files.walk(records)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            bytes = all.stream().mapToLong(f -> f.toFile().length()).sum();
            runs = all.stream().filter(f -> f.getFileName().toString().equals("run.json")).count();
        }
        return String.format(Locale.ROOT, "%d runs, %.1f MB on disk", runs, bytes / 1e6);
    }
}
