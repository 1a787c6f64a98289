package dev.solo.launcher.merge;

import dev.solo.launcher.ExitCodes;
import dev.solo.launcher.output.JUnitXmlWriter.Suite;

import java.util.List;
import java.util.Optional;

/**
 * What a merge found: the merged suites, unless the reports do not belong together, and every
 * problem, in the order it was found.
 *
 * @param notRun the reason the merged report gives the tests no report ran, to count them apart from skipped ones
 */
record MergeResult(Optional<List<Suite>> suites, List<MergeProblem> problems, String notRun) {

	MergeResult {
		problems = List.copyOf(problems);
	}

	/** The merged tests between the scripts that ran before and after them. */
	MergeResult withScripts(List<Suite> setups, List<Suite> teardowns) {
		return new MergeResult(suites.map(tests -> {
			List<Suite> all = new java.util.ArrayList<>(setups);
			all.addAll(tests);
			all.addAll(teardowns);
			return List.copyOf(all);
		}), problems, notRun);
	}

	static MergeResult refused(List<MergeProblem> problems) {
		return new MergeResult(Optional.empty(), problems, "");
	}

	/** The exit code the problems call for: reports that do not belong together before a missing one. */
	int exitCode() {
		if (problems.stream().anyMatch(problem -> !problem.incomplete())) {
			return ExitCodes.SETUP_ERROR;
		}
		return problems.isEmpty() ? ExitCodes.OK : ExitCodes.INCOMPLETE_RUN;
	}
}
