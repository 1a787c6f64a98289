// The discovery row: list only (console-standalone `discover`), Solo off versus on, on the two
// generated suites of DiscoverySuite.java. Part of the harness (see Harness.java, bench/README.md).
//
// Variants of each suite, run round-robin:
//   off     no engine jar on the class path: what a project without Solo pays (the baseline);
//   jar-off the engine jar present, --config=solo.enabled=false: what merely having Solo costs;
//   on      the engine jar and --config=solo.enabled=true.
// Each run's "[ N tests found ]" is kept: a Solo count that differs from the baseline's is a
// correctness failure, and the table and notes say so.

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

final class Discovery {
    private Discovery() {}

    static final double TARGET = 2.5; // issue: Solo's discovery within 2.5× of the plain one

    static final Pattern FOUND = Pattern.compile("\\[\\s*(\\d+) (tests|containers) found\\s*]");

    /** Tests and containers found by each run of a variant, and its peak RSS (KiB), by key. */
    static final Map<String, List<Long>> testsOf = new LinkedHashMap<>(), containersOf = new LinkedHashMap<>(), rssOf = new LinkedHashMap<>();
    static final Map<String, List<Integer>> exitsOf = new LinkedHashMap<>();

    static void row(boolean solo) throws Exception {
        DiscoverySuite.Fixture plain = DiscoverySuite.plain();
        DiscoverySuite.Fixture runners = DiscoverySuite.withRunners(plain);
        List<String> ratios = new ArrayList<>();
        for (DiscoverySuite.Fixture f : List.of(plain, runners)) ratios.add(measure(f, solo));
        if (solo) Harness.notes.add("**Discovery, Solo on / off (target ≤ " + TARGET + "×)**: " + String.join("; ", ratios) + ".");
    }

    /** One suite's variants; returns "suite: ratio (met / NOT met)" for the summary note. */
    static String measure(DiscoverySuite.Fixture f, boolean solo) throws Exception {
        String off = "disc-" + f.name() + "-off", jarOff = "disc-" + f.name() + "-jar-off", on = "disc-" + f.name() + "-on";
        int n = Harness.runsShort;
        // Untimed warm-up (page cache of the classes and jars; whatever Solo caches per class path).
        Runs.run("disc-" + f.name() + "-warm", discover(f, solo ? Boolean.TRUE : null, "summary"), null, null);
        Runs.interleave(
                variant(off, n, f, null),
                variant(jarOff, solo ? n : 0, f, Boolean.FALSE),
                variant(on, solo ? n : 0, f, Boolean.TRUE));

        String section = "Discovery (list only), " + (f.name().equals("plain") ? "plain suite" : "with non-filterable runners");
        Harness.add(section, f.what() + ": Solo off (no engine jar)", off, null, found(off, f, null));
        if (!solo) return f.name() + ": not measured";
        Harness.add(section, "engine jar present, solo.enabled=false", jarOff, off, found(jarOff, f, off));
        Harness.add(section, "Solo on (solo.enabled=true)", on, off, found(on, f, off));

        boolean treeOff = false;
        for (String k : List.of(jarOff, on)) {
            if (distinct(testsOf.get(k)).equals(distinct(testsOf.get(off)))) continue;
            // One untimed run of each side with the whole tree printed, to see where they differ.
            if (!treeOff) Runs.run(off + "-tree", discover(f, null, "tree"), null, null);
            treeOff = true;
            Runs.run(k + "-tree", discover(f, k.equals(on), "tree"), null, null);
            Harness.notes.add("**!! DISCOVERY COUNT MISMATCH (" + f.name() + " suite): " + label(k) + " found " + list(testsOf.get(k))
                    + " tests, Solo off found " + list(testsOf.get(off)) + "** — a correctness failure of Solo's discovery, not a timing."
                    + " Trees: " + Harness.work.resolve("logs/" + off + "-tree.log") + " vs " + Harness.work.resolve("logs/" + k + "-tree.log") + ".");
        }
        Harness.notes.add(String.format(Locale.ROOT, "Discovery peak RSS (GNU time), %s suite, median: off %s, jar present + off %s, Solo on %s.",
                f.name(), mib(off), mib(jarOff), mib(on)));
        double ratio = Runs.median.get(on) / Runs.median.get(off);
        return String.format(Locale.ROOT, "%s suite **%.2f×** (%s)", f.name(), ratio, ratio <= TARGET ? "met" : "NOT met");
    }

    static Runs.Variant variant(String key, int n, DiscoverySuite.Fixture f, Boolean soloEnabled) {
        return new Runs.Variant(key, n, () -> {
            Runs.Proc p = Runs.run(key, discover(f, soloEnabled, "summary"), null, null);
            Map<String, Long> c = parse(p.out());
            testsOf.computeIfAbsent(key, k -> new ArrayList<>()).add(c.getOrDefault("tests", -1L));
            containersOf.computeIfAbsent(key, k -> new ArrayList<>()).add(c.getOrDefault("containers", -1L));
            rssOf.computeIfAbsent(key, k -> new ArrayList<>()).add(p.rssKb());
            exitsOf.computeIfAbsent(key, k -> new ArrayList<>()).add(p.exit());
            if (p.exit() != 0 || !c.containsKey("tests"))
                System.out.println("   !! " + key + ": exit " + p.exit() + ", counts " + c + "\n" + Runs.tail(p.out()));
            return p;
        });
    }

    /**
     * java -cp console-standalone.jar:classes:junit4[:solo-engine.jar] ConsoleLauncher discover --scan-class-path=classes;
     * soloEnabled null: no engine jar; details: console's --details (summary: the counts only).
     */
    static List<String> discover(DiscoverySuite.Fixture f, Boolean soloEnabled, String details) {
        String cp = f.classes() + ":" + DiscoverySuite.junit4Cp() + (soloEnabled == null ? "" : ":" + Harness.engineJar);
        List<String> cmd = new ArrayList<>(List.of(Harness.java()));
        if (Harness.mode.equals("jvm-cp")) cmd.addAll(List.of("-cp", Harness.csJar + ":" + cp, "org.junit.platform.console.ConsoleLauncher", "discover"));
        else cmd.addAll(List.of("-jar", Harness.csJar.toString(), "discover", "-cp", cp));
        cmd.addAll(List.of("--disable-banner", "--disable-ansi-colors", "--details=" + details, "--scan-class-path=" + f.classes()));
        if (soloEnabled != null) cmd.add("--config=solo.enabled=" + soloEnabled);
        return cmd;
    }

    static Map<String, Long> parse(String out) {
        Map<String, Long> m = new LinkedHashMap<>();
        Matcher x = FOUND.matcher(out);
        while (x.find()) m.put(x.group(2), Long.parseLong(x.group(1)));
        return m;
    }

    /** The table's note: what the variant found, and loudly what is wrong with it. */
    static String found(String key, DiscoverySuite.Fixture f, String baseline) {
        List<Long> t = testsOf.getOrDefault(key, List.of()), c = containersOf.getOrDefault(key, List.of());
        StringBuilder sb = new StringBuilder(list(t) + " tests, " + list(c) + " containers found");
        if (distinct(t).size() > 1) sb.append(" — **runs disagree**");
        if (baseline != null && !distinct(t).equals(distinct(testsOf.get(baseline))))
            sb.append(" — **!! MISMATCH: Solo off found ").append(list(testsOf.get(baseline))).append("**");
        if (baseline == null && !distinct(t).equals(Set.of(f.tests())))
            sb.append(" — **the suite declares ").append(String.format(Locale.ROOT, "%,d", f.tests())).append("**");
        Set<Integer> exits = new LinkedHashSet<>(exitsOf.getOrDefault(key, List.of()));
        if (!exits.equals(Set.of(0))) sb.append(" — **exit ").append(exits).append("**");
        return sb.toString();
    }

    static Set<Long> distinct(List<Long> l) { return new LinkedHashSet<>(l == null ? List.of() : l); }

    static String list(List<Long> l) {
        if (l == null || l.isEmpty()) return "no";
        Set<Long> d = distinct(l);
        List<String> s = new ArrayList<>();
        for (long v : d) s.add(v < 0 ? "none" : String.format(Locale.ROOT, "%,d", v));
        return String.join(" / ", s);
    }

    static String label(String key) {
        return key.endsWith("-jar-off") ? "engine jar + solo.enabled=false" : key.endsWith("-on") ? "Solo on" : "Solo off";
    }

    static String mib(String key) {
        List<Long> l = rssOf.getOrDefault(key, List.of());
        if (l.isEmpty() || l.contains(-1L)) return "?";
        List<Double> d = l.stream().map(v -> v / 1024.0).toList();
        return String.format(Locale.ROOT, "%.0f MiB", Runs.med(d));
    }
}
