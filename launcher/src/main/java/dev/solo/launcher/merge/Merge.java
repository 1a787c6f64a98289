package dev.solo.launcher.merge;

import dev.solo.launcher.output.JUnitXmlReport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Merges reports that were read: shards of one partitioned run ({@link ShardMerge}), or whole runs
 * ({@link PlainMerge}), never the two mixed, since a shard's report stands for the whole run's tests
 * and a whole run's does not. A file, or a run, given twice is refused first: it would count its tests twice.
 */
final class Merge {
	private Merge() {
	}

	static MergeResult of(List<ReportFile> files) {
		List<MergeProblem> problems = new ArrayList<>(twice(files));
		List<ReportFile> shards = files.stream().filter(file -> file.partition().isPresent()).toList();
		List<ReportFile> whole = files.stream().filter(file -> file.partition().isEmpty()).toList();
		if (!shards.isEmpty() && !whole.isEmpty()) {
			problems.add(MergeProblem.mismatch(shards.get(0).shown() + " is a shard, but " + whole.get(0).path()
					+ " is a whole run (no " + JUnitXmlReport.PARTITION_PROPERTY + " property): merge the shards of one run, or whole runs,"
					+ " not both"));
		}
		if (!problems.isEmpty()) {
			return MergeResult.refused(problems);
		}
		return shards.isEmpty() ? PlainMerge.of(whole) : ShardMerge.of(shards);
	}

	/** The same file under two names, or two copies of one run's report. */
	private static List<MergeProblem> twice(List<ReportFile> files) {
		List<MergeProblem> problems = new ArrayList<>();
		Map<Path, ReportFile> byRealPath = new LinkedHashMap<>();
		Map<String, ReportFile> byRun = new LinkedHashMap<>();
		for (ReportFile file : files) {
			ReportFile same = byRealPath.putIfAbsent(realPath(file.path()), file);
			if (same != null) {
				problems.add(MergeProblem.mismatch(same.path().equals(file.path()) ? file.path() + " is given twice"
						: same.path() + " and " + file.path() + " are the same file"));
				continue;
			}
			Optional<String> runId = file.runId();
			ReportFile copy = runId.map(id -> byRun.putIfAbsent(id, file)).orElse(null);
			if (copy != null) {
				problems.add(MergeProblem.mismatch(copy.shown() + " and " + file.shown() + " are reports of one run, "
						+ runId.get() + ": the same run given twice"));
			}
		}
		return problems;
	}

	private static Path realPath(Path path) {
		try {
			return path.toRealPath();
		}
		catch (IOException e) {
			// It was read a moment ago; if it is gone now, its name is all there is to compare.
			return path.toAbsolutePath().normalize();
		}
	}
}
