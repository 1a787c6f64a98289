package dev.solo.launcher.merge;

import dev.solo.launcher.output.JUnitXmlWriter.Suite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whole runs (several modules, several {@code solo run}s) merged into one report: their suites one
 * after another, as each wrote them. A test in two of them is refused, since the merged report would
 * count it twice and say nothing of which result stands.
 */
final class PlainMerge {
	private PlainMerge() {
	}

	static MergeResult of(List<ReportFile> files) {
		Map<TestKey, Set<ReportFile>> holders = new LinkedHashMap<>();
		for (ReportFile file : files) {
			file.cases().forEach(testCase -> holders.computeIfAbsent(TestKey.of(testCase), key -> new LinkedHashSet<>())
					.add(file));
		}
		Map<List<Path>, List<TestKey>> shared = new LinkedHashMap<>();
		holders.forEach((key, in) -> {
			if (in.size() > 1) {
				shared.computeIfAbsent(in.stream().map(ReportFile::path).toList(), paths -> new ArrayList<>()).add(key);
			}
		});
		List<MergeProblem> problems = new ArrayList<>();
		shared.forEach((paths, keys) -> problems.add(MergeProblem.mismatch(String.join(" and ",
				paths.stream().map(Path::toString).toList()) + " hold the same " + MergeProblem.same(keys.size()) + ": "
				+ MergeProblem.few(keys) + " (a merge would count each twice)")));
		if (!problems.isEmpty()) {
			return MergeResult.refused(problems);
		}
		List<Suite> suites = files.stream().flatMap(file -> file.suites().stream()).toList();
		return new MergeResult(Optional.of(suites), List.of(), "");
	}
}
