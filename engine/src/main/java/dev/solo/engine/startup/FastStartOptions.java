package dev.solo.engine.startup;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;

import org.apiguardian.api.API;

/**
 * JVM options for short-lived JVMs: C1 only, compiled later, and no perf-data file. Each is added
 * only where the user has not chosen for that concern themselves; all can be switched off with
 * {@code solo.fast-start=false} (a test that runs long CPU-bound work may want C2).
 *
 * <p>Only options that leave what a test can do alone belong here. The collector is not one of
 * them: the serial collector caps its old generation at two thirds of the heap, so an array a
 * default JVM (G1) allocates fails there with {@code OutOfMemoryError}, and bounding its young
 * generation narrows the gap without closing it. The child keeps the host's collector.
 */
@API(status = INTERNAL, since = "0.1")
public final class FastStartOptions {
	/**
	 * A third to two fifths of a child's CPU went to C1 compiling methods JUnit runs a few hundred
	 * times and never again. Ten times C1's thresholds cut a trivial test's child CPU by 12 % (JDK
	 * 17) and 25 % (JDK 25), Commons Text's by 5–15 %; twenty compiled less still but ran more in
	 * the interpreter, and was no cheaper.
	 */
	static final String COMPILE_LATER = "-XX:CompileThresholdScaling=10";
	private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

	private FastStartOptions() {
	}

	public static List<String> forOptions(List<String> userOptions) {
		List<String> added = new ArrayList<>();
		if (none(userOptions, "-XX:TieredStopAtLevel", "-XX:-TieredCompilation", "-XX:+TieredCompilation",
				"-Xint", "-Xcomp")) {
			added.add(C1_ONLY);
			// The thresholds are tuned for the C1-only JVM above; a user who chose the compilers chose these too.
			if (none(userOptions, "-XX:CompileThresholdScaling", "-XX:Tier", "-XX:CompileThreshold")) {
				added.add(COMPILE_LATER);
			}
		}
		if (none(userOptions, "-XX:+UsePerfData", "-XX:-UsePerfData")) {
			added.add("-XX:-UsePerfData");
		}
		return added;
	}

	/**
	 * What gives a unit known to run long the JVM's own compilers back, appended after
	 * {@code added} (what {@link #forOptions} chose): C1 alone and late makes a short JVM cheap,
	 * but a test that computes for seconds runs up to twice as long without C2 (Commons Text's
	 * {@code ExtendedMessageFormatTest} on JDK 25: 14.6 s against 29.1 s), and in a run of
	 * thousands such a test is the long pole. Empty where fast start chose no compiler.
	 */
	public static List<String> forLongUnits(List<String> added) {
		List<String> restored = new ArrayList<>();
		if (added.contains(C1_ONLY)) {
			restored.add("-XX:TieredStopAtLevel=4");
		}
		if (added.contains(COMPILE_LATER)) {
			restored.add("-XX:CompileThresholdScaling=1");
		}
		return restored;
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
