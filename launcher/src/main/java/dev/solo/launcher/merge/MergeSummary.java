package dev.solo.launcher.merge;

import dev.solo.engine.partition.Partition;
import dev.solo.launcher.output.JUnitXmlReport;
import dev.solo.launcher.output.JUnitXmlWriter.Case;
import dev.solo.launcher.output.JUnitXmlWriter.Suite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The merged run's summary line, in the terminal reporter's words: {@code 27 tests run: 26 passed
 * (1 flaky), 1 failed, 1 skipped}, skipped tests apart from those run, and what no shard ran as
 * {@code not run} (then {@code 20/28 tests run}). It counts test cases, one per unit, as the report
 * holds them: the terminal's count of a unit's tests is not in JUnit XML.
 */
final class MergeSummary {
	private int passed;
	private int flaky;
	private int failed;
	private int skipped;
	private int notRun;
	private int scriptsFailed;

	private MergeSummary() {
	}

	static MergeSummary of(List<Suite> suites, String notRunReason) {
		MergeSummary summary = new MergeSummary();
		for (Suite suite : suites) {
			if (JUnitXmlReport.isScriptSuite(suite.name())) {
				// A script is no test: counted apart, and its failure fails the merge as it failed the run.
				summary.scriptsFailed += (int) suite.cases().stream().filter(c -> c.result().isPresent()).count();
			}
			else {
				suite.cases().forEach(c -> summary.add(c, notRunReason));
			}
		}
		return summary;
	}

	private void add(Case testCase, String notRunReason) {
		if (testCase.result().isPresent()) {
			failed++;
		}
		else if (testCase.skipped().isPresent()) {
			if (!notRunReason.isEmpty() && testCase.skipped().get().equals(notRunReason)) {
				notRun++;
			}
			else {
				skipped++;
			}
		}
		else {
			passed++;
			if (!testCase.flakes().isEmpty()) {
				flaky++;
			}
		}
	}

	boolean failed() {
		return failed > 0 || scriptsFailed > 0;
	}

	/** {@code     Summary 3 shards (hash:1/3, 2/3, 3/3): 28 tests run: 26 passed, 2 failed}. */
	String line(List<ReportFile> files) {
		int ran = passed + failed;
		int total = ran + notRun;
		StringBuilder line = new StringBuilder("     Summary ").append(what(files)).append(": ");
		line.append(ran == total ? String.valueOf(ran) : ran + "/" + total).append(total == 1 ? " test" : " tests")
				.append(" run: ").append(passed).append(" passed");
		if (flaky > 0) {
			line.append(" (").append(flaky).append(" flaky)");
		}
		if (failed > 0) {
			line.append(", ").append(failed).append(" failed");
		}
		if (skipped > 0) {
			line.append(", ").append(skipped).append(" skipped");
		}
		if (notRun > 0) {
			line.append(", ").append(notRun).append(" not run");
		}
		if (scriptsFailed > 0) {
			line.append("; ").append(scriptsFailed).append(scriptsFailed == 1 ? " script" : " scripts").append(" failed");
		}
		return line.toString();
	}

	/** {@code 3 shards (hash:1/3, 2/3, 3/3)}, {@code 2 of 3 shards (…)}, or {@code 2 reports}. */
	private static String what(List<ReportFile> files) {
		List<Partition> shards = files.stream().flatMap(file -> file.partition().stream())
				.sorted(Comparator.comparingInt(Partition::shard)).toList();
		if (shards.isEmpty()) {
			return files.size() + (files.size() == 1 ? " report" : " reports");
		}
		int total = shards.get(0).total();
		List<String> named = new ArrayList<>();
		named.add(shards.get(0).spec());
		shards.subList(1, shards.size()).forEach(p -> named.add(p.shard() + "/" + p.total()));
		String count = shards.size() == total ? String.valueOf(total) : shards.size() + " of " + total;
		return count + (total == 1 ? " shard" : " shards") + " (" + String.join(", ", named) + ")";
	}
}
