package dev.solo.launcher.merge;

import dev.solo.launcher.output.JUnitXmlWriter.Case;
import dev.solo.launcher.output.JUnitXmlWriter.Suite;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A unit of several tests known one by one only to the shard that ran it (a parameterized test's
 * invocations, a factory's dynamic tests, a class template's tests): every other shard lists it
 * once, as a placeholder under the unit's own name. Before the shards are compared, each such
 * placeholder stands for the tests the running shard reported in its place.
 */
final class PlaceholderExpansion {
	private PlaceholderExpansion() {
	}

	static List<ReportFile> of(List<ReportFile> files) {
		Set<TestKey> ran = new LinkedHashSet<>();
		for (ReportFile file : files) {
			String placeholder = ShardMerge.placeholder(file);
			file.cases().filter(c -> !c.skipped().filter(placeholder::equals).isPresent()).map(TestKey::of)
					.forEach(ran::add);
		}
		return files.stream().map(file -> expanded(file, ran)).toList();
	}

	private static ReportFile expanded(ReportFile file, Set<TestKey> ran) {
		String placeholder = ShardMerge.placeholder(file);
		Set<TestKey> listed = file.cases().map(TestKey::of).collect(Collectors.toSet());
		List<Suite> suites = new ArrayList<>();
		for (Suite suite : file.suites()) {
			List<Case> cases = new ArrayList<>();
			for (Case testCase : suite.cases()) {
				TestKey unit = TestKey.of(testCase);
				List<TestKey> tests = testCase.skipped().filter(placeholder::equals).isPresent() && !ran.contains(unit)
						? ran.stream().filter(test -> !listed.contains(test) && covers(unit, test)).toList()
						: List.of();
				if (tests.isEmpty()) {
					cases.add(testCase);
					continue;
				}
				tests.forEach(test -> cases.add(new Case(test.className(), test.name(), testCase.time(),
						testCase.result(), testCase.skipped(), testCase.reruns(), testCase.flakes(), "", "")));
			}
			suites.add(new Suite(suite.name(), cases));
		}
		return new ReportFile(file.path(), file.runName(), file.started(), file.properties(), file.partition(), suites);
	}

	/** Whether {@code test} is one of the tests of the unit named {@code unit}: an invocation of it, or in its class. */
	static boolean covers(TestKey unit, TestKey test) {
		boolean sameClass = test.className().equals(unit.className())
				|| test.className().startsWith(unit.className() + "$");
		String simpleName = unit.className().substring(unit.className().lastIndexOf('.') + 1);
		boolean wholeClass = unit.name().equals(unit.className()) || unit.name().equals(simpleName);
		return sameClass && (wholeClass || test.name().startsWith(unit.name() + "["));
	}
}
