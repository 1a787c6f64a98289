package dev.solo.launcher.merge;

import dev.solo.engine.partition.Partition;
import dev.solo.launcher.output.JUnitXmlWriter.Case;
import dev.solo.launcher.output.JUnitXmlWriter.Suite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The shards of one partitioned run merged into the run's report. Every shard's report lists all
 * the run's tests, those of other shards as placeholders skipped "not in partition hash:1/3", so the
 * shards must agree on kind, count and tests, and each test must be run by exactly one of them; the
 * merged report holds, for each test, the case of the shard that ran it, as that shard wrote it.
 *
 * <p>A test skipped the same way in every shard was skipped before the run was dealt out (a rerun's
 * "already passed", {@code run-ignored=only}): it is kept once, not taken for one run twice.
 */
final class ShardMerge {
	private final List<ReportFile> files;
	private final List<MergeProblem> problems = new ArrayList<>();

	private ShardMerge(List<ReportFile> files) {
		this.files = files;
	}

	static MergeResult of(List<ReportFile> files) {
		return new ShardMerge(PlaceholderExpansion.of(files)).merge();
	}

	/** The engine's own words for a test outside {@code file}'s partition, not a copy of them. */
	static String placeholder(ReportFile file) {
		return file.partition().orElseThrow().<String>select(List.of(), name -> name, name -> "").reason();
	}

	private MergeResult merge() {
		ReportFile first = files.get(0);
		Partition reference = first.partition().orElseThrow();
		for (ReportFile file : files.subList(1, files.size())) {
			Partition partition = file.partition().orElseThrow();
			if (!kind(partition).equals(kind(reference)) || partition.total() != reference.total()) {
				problems.add(MergeProblem.mismatch(file.path() + " is shard " + partition.spec() + ", but "
						+ first.path() + " is shard " + reference.spec()
						+ ": the shards of one run share one kind and one count"));
			}
		}
		if (!problems.isEmpty()) {
			return MergeResult.refused(problems);
		}
		Map<Integer, List<ReportFile>> byShard = new TreeMap<>();
		files.forEach(file -> byShard.computeIfAbsent(file.partition().orElseThrow().shard(), m -> new ArrayList<>())
				.add(file));
		byShard.values().stream().filter(same -> same.size() > 1)
				.forEach(same -> problems.add(MergeProblem.mismatch("shard " + same.get(0).partition().get().spec()
						+ " is given twice: " + String.join(" and ", same.stream().map(f -> f.path().toString()).toList()))));
		Map<TestKey, Integer> tests = counts(first);
		for (ReportFile file : files.subList(1, files.size())) {
			sameTests(first, tests, file);
		}
		if (!problems.isEmpty()) {
			return MergeResult.refused(problems);
		}
		List<String> missing = IntStream.rangeClosed(1, reference.total()).filter(m -> !byShard.containsKey(m))
				.mapToObj(m -> kind(reference) + ":" + m + "/" + reference.total()).toList();
		String given = String.join(", ", files.stream().map(ReportFile::shown).toList());
		missing.forEach(spec -> problems.add(MergeProblem.incomplete("shard " + spec + " is missing (given: " + given
				+ ")")));
		String notRun = missing.isEmpty() ? "not run: outside the partition of every shard"
				: "not run: in no shard given (missing " + String.join(", ", missing) + ")";
		List<ReportFile> ordered = files.stream().sorted(Comparator.comparing(f -> f.partition().get().shard()))
				.toList();
		return merged(ordered, tests, notRun, missing.isEmpty());
	}

	private MergeResult merged(List<ReportFile> ordered, Map<TestKey, Integer> tests, String notRun,
			boolean complete) {
		List<Map<TestKey, List<Case>>> owned = ordered.stream().map(ShardMerge::owned).toList();
		Map<List<Path>, List<TestKey>> overlaps = new LinkedHashMap<>();
		List<TestKey> unowned = new ArrayList<>();
		// The first shard's order: its own tests as it ran them, then the others' where it lists them.
		Map<String, List<Case>> suites = new LinkedHashMap<>();
		Map<TestKey, Boolean> placed = new HashMap<>();
		for (Suite suite : ordered.get(0).suites()) {
			for (Case testCase : suite.cases()) {
				TestKey key = TestKey.of(testCase);
				if (placed.putIfAbsent(key, true) != null) {
					continue;
				}
				List<List<Case>> byShard = owned.stream().map(shard -> shard.getOrDefault(key, List.of())).toList();
				List<Case> common = common(byShard);
				List<Case> cases = new ArrayList<>(common);
				List<Path> runBy = new ArrayList<>();
				for (int i = 0; i < byShard.size(); i++) {
					List<Case> own = without(byShard.get(i), common);
					if (!own.isEmpty()) {
						runBy.add(ordered.get(i).path());
					}
					cases.addAll(own);
				}
				int expected = tests.get(key);
				if (cases.size() > expected) {
					overlaps.computeIfAbsent(runBy, paths -> new ArrayList<>()).add(key);
				}
				for (int i = cases.size(); i < expected; i++) {
					unowned.add(key);
					cases.add(new Case(key.className(), key.name(), Duration.ZERO, Optional.empty(), Optional.of(notRun),
							List.of(), List.of(), "", ""));
				}
				suites.computeIfAbsent(suite.name(), name -> new ArrayList<>()).addAll(cases);
			}
		}
		overlaps.forEach((paths, keys) -> problems.add(MergeProblem.mismatch(String.join(" and ",
				paths.stream().map(Path::toString).toList()) + " ran the same " + MergeProblem.same(keys.size()) + ": "
				+ MergeProblem.few(keys) + " (shards of one run never do)")));
		if (!unowned.isEmpty()) {
			problems.add(MergeProblem.incomplete(unowned.size() + (unowned.size() == 1 ? " test" : " tests")
					+ " ran in no shard"
					+ (complete ? " (outside the partition in every report)" : " given") + ", in the merged report as"
					+ " not run: " + MergeProblem.few(unowned)));
		}
		if (!overlaps.isEmpty()) {
			return MergeResult.refused(problems);
		}
		List<Suite> merged = new ArrayList<>();
		suites.forEach((name, cases) -> merged.add(new Suite(name, cases)));
		return new MergeResult(Optional.of(merged), problems, notRun);
	}

	/** A shard agrees with the first on which tests the run has, each as often. */
	private void sameTests(ReportFile first, Map<TestKey, Integer> tests, ReportFile file) {
		Map<TestKey, Integer> theirs = counts(file);
		if (theirs.equals(tests)) {
			return;
		}
		List<TestKey> onlyTheirs = new ArrayList<>();
		List<TestKey> onlyFirst = new ArrayList<>();
		theirs.forEach((key, count) -> {
			if (count > tests.getOrDefault(key, 0)) {
				onlyTheirs.add(key);
			}
		});
		tests.forEach((key, count) -> {
			if (count > theirs.getOrDefault(key, 0)) {
				onlyFirst.add(key);
			}
		});
		StringBuilder message = new StringBuilder(file.shown() + " and " + first.shown()
				+ " list different tests, so they are not shards of one run:");
		if (!onlyTheirs.isEmpty()) {
			message.append(" only in ").append(file.path()).append(": ").append(MergeProblem.few(onlyTheirs));
		}
		if (!onlyFirst.isEmpty()) {
			message.append(onlyTheirs.isEmpty() ? "" : ";").append(" only in ").append(first.path()).append(": ")
					.append(MergeProblem.few(onlyFirst));
		}
		problems.add(MergeProblem.mismatch(message.toString()));
	}

	private static Map<TestKey, Integer> counts(ReportFile file) {
		Map<TestKey, Integer> counts = new HashMap<>();
		file.cases().forEach(testCase -> counts.merge(TestKey.of(testCase), 1, Integer::sum));
		return counts;
	}

	/** The cases a shard ran, by test: all but its placeholders for the other shards' tests. */
	private static Map<TestKey, List<Case>> owned(ReportFile file) {
		String placeholder = placeholder(file);
		Map<TestKey, List<Case>> owned = new HashMap<>();
		file.cases().filter(testCase -> !testCase.skipped().filter(placeholder::equals).isPresent()).forEach(
				testCase -> owned.computeIfAbsent(TestKey.of(testCase), key -> new ArrayList<>()).add(testCase));
		return owned;
	}

	/** The skipped cases every shard has alike: skipped before the tests were dealt, so kept once. */
	private static List<Case> common(List<List<Case>> byShard) {
		if (byShard.size() < 2) {
			return List.of();
		}
		List<Case> common = new ArrayList<>(byShard.get(0).stream().filter(c -> c.skipped().isPresent()).toList());
		for (List<Case> shard : byShard.subList(1, byShard.size())) {
			List<Case> left = new ArrayList<>(shard);
			common.removeIf(testCase -> !left.remove(testCase));
		}
		return common;
	}

	/** {@code cases} less one of each of {@code taken} that it holds. */
	private static List<Case> without(List<Case> cases, List<Case> taken) {
		List<Case> left = new ArrayList<>(cases);
		taken.forEach(left::remove);
		return left;
	}

	private static String kind(Partition partition) {
		return partition.spec().substring(0, partition.spec().indexOf(':'));
	}
}
