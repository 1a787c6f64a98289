package dev.solo.launcher.merge;

import dev.solo.launcher.output.JUnitXmlReport;
import dev.solo.launcher.output.JUnitXmlWriter.Case;
import dev.solo.launcher.output.JUnitXmlWriter.Suite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Merges reports that were read: shards of one partitioned run ({@link ShardMerge}), or whole runs
 * ({@link PlainMerge}), never the two mixed, since a shard's report stands for the whole run's tests
 * and a whole run's does not. A file, or a run, given twice is refused first: it would count its tests twice.
 * Setup and teardown scripts are no tests: each shard runs those its tests need, so they are
 * kept apart, every file's, and named for the shard that ran them.
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
		MergeResult tests = shards.isEmpty() ? PlainMerge.of(withoutScripts(whole))
				: ShardMerge.of(withoutScripts(shards));
		List<ReportFile> inOrder = shards.isEmpty() ? whole
				: shards.stream().sorted(Comparator.comparing(f -> f.partition().get().shard())).toList();
		return tests.withScripts(scripts(inOrder, true), scripts(inOrder, false));
	}

	private static List<ReportFile> withoutScripts(List<ReportFile> files) {
		return files.stream().map(file -> new ReportFile(file.path(), file.runName(), file.started(),
				file.properties(), file.partition(),
				file.suites().stream().filter(s -> !JUnitXmlReport.isScriptSuite(s.name())).toList())).toList();
	}

	/** Every file's setup (or teardown) suites, a shard's named for it: {@code @setup-script:db (hash:2/3)}. */
	private static List<Suite> scripts(List<ReportFile> files, boolean setups) {
		List<Suite> scripts = new ArrayList<>();
		for (ReportFile file : files) {
			String shard = file.partition().map(p -> " (" + p.spec() + ")").orElse("");
			file.suites().stream().filter(s -> JUnitXmlReport.isScriptSuite(s.name())
					&& JUnitXmlReport.isSetupSuite(s.name()) == setups).forEach(s -> scripts.add(new Suite(
							s.name() + shard, s.cases().stream().map(c -> new Case(c.className() + shard, c.name(),
									c.time(), c.result(), c.skipped(), c.reruns(), c.flakes(), c.stdout(), c.stderr()))
									.toList())));
		}
		return scripts;
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
