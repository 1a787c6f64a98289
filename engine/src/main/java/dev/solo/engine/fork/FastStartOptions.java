package dev.solo.engine.fork;

import java.util.ArrayList;
import java.util.List;

/**
 * JVM options for short-lived JVMs: C1 only, the serial collector, no perf-data file. Each is
 * added only where the user has not chosen for that concern themselves; all of them can be
 * switched off with {@code solo.fast-start=false} (a test that runs long CPU-bound work may
 * want C2).
 */
final class FastStartOptions {
	private FastStartOptions() {
	}

	static List<String> forOptions(List<String> userOptions) {
		List<String> added = new ArrayList<>();
		if (none(userOptions, "-XX:TieredStopAtLevel", "-XX:-TieredCompilation", "-XX:+TieredCompilation",
				"-Xint", "-Xcomp")) {
			added.add("-XX:TieredStopAtLevel=1");
		}
		if (userOptions.stream().noneMatch(o -> o.matches("-XX:[+-]Use\\w*GC"))) {
			added.add("-XX:+UseSerialGC");
		}
		if (none(userOptions, "-XX:+UsePerfData", "-XX:-UsePerfData")) {
			added.add("-XX:-UsePerfData");
		}
		return added;
	}

	private static boolean none(List<String> options, String... prefixes) {
		for (String option : options) {
			for (String prefix : prefixes) {
				if (option.startsWith(prefix)) {
					return false;
				}
			}
		}
		return true;
	}
}
