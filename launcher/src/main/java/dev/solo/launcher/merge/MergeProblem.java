package dev.solo.launcher.merge;

import dev.solo.launcher.ExitCodes;

import java.util.List;

/**
 * One thing wrong with the reports given to a merge, printed as one {@code error:} line.
 *
 * @param incomplete a shard missing or a test no shard ran ({@link ExitCodes#INCOMPLETE_RUN}: what exists
 * is still merged), else reports that do not belong together ({@link ExitCodes#SETUP_ERROR}: nothing is)
 */
record MergeProblem(boolean incomplete, String message) {
	/** How many tests an error names before it counts the rest. */
	private static final int NAMED = 3;

	static MergeProblem incomplete(String message) {
		return new MergeProblem(true, message);
	}

	static MergeProblem mismatch(String message) {
		return new MergeProblem(false, message);
	}

	int exitCode() {
		return incomplete ? ExitCodes.INCOMPLETE_RUN : ExitCodes.SETUP_ERROR;
	}

	/** {@code test} or {@code 4 tests}, after {@code the same}: what two reports share. */
	static String same(int count) {
		return count == 1 ? "test" : count + " tests";
	}

	/** {@code a, b, c and 4 more}: enough names to find the fault, not a wall of them. */
	static String few(List<?> names) {
		String shown = String.join(", ", names.stream().limit(NAMED).map(String::valueOf).toList());
		return names.size() > NAMED ? shown + " and " + (names.size() - NAMED) + " more" : shown;
	}
}
