package dev.solo.launcher;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code solo list}'s human output, as nextest's: each class, then its units indented, a unit
 * the run would skip (outside the partition, say) marked {@code (skipped)}, then one count line.
 */
final class HumanList {
	private HumanList() {
	}

	static void write(List<TestListing.Entry> entries, PrintStream out) {
		Map<String, StringBuilder> byClass = new LinkedHashMap<>();
		for (TestListing.Entry entry : entries) {
			byClass.computeIfAbsent(entry.className(), c -> new StringBuilder(c + ":\n"))
					.append("    ").append(entry.shortName()).append(entry.runs() ? "" : " (skipped)").append('\n');
		}
		byClass.values().forEach(out::print);
		long tests = entries.stream().filter(TestListing.Entry::runs).count();
		long classes = entries.stream().filter(TestListing.Entry::runs).map(TestListing.Entry::className)
				.distinct().count();
		long skipped = entries.size() - tests;
		out.println(plural(tests, "test", "tests") + " across " + plural(classes, "class", "classes")
				+ (skipped > 0 ? " (" + skipped + " skipped)" : ""));
	}

	private static String plural(long count, String one, String many) {
		return count + " " + (count == 1 ? one : many);
	}
}
