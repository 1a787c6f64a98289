package dev.solo.launcher.listing;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apiguardian.api.API;

/**
 * {@code solo list}'s human output, as nextest's: each class, then its units indented, a unit
 * the run would skip (outside the partition, say) marked {@code (skipped)}, then one count line.
 */
@API(status = INTERNAL, since = "0.1")
public final class HumanList {
	private HumanList() {
	}

	public static void write(List<TestListing.Entry> entries, PrintStream out) {
		// A module is a header of its own, as nextest heads a binary's tests; a class-path run has none.
		Map<String, Map<String, StringBuilder>> byModule = new LinkedHashMap<>();
		for (TestListing.Entry entry : entries) {
			String indent = entry.module().isEmpty() ? "" : "    ";
			byModule.computeIfAbsent(entry.module(), m -> new LinkedHashMap<>())
					.computeIfAbsent(entry.className(), c -> new StringBuilder(indent + c + ":\n"))
					.append(indent).append("    ").append(entry.shortName())
					.append(entry.runs() ? "" : " (skipped)")
					.append(entry.setupScripts().isEmpty() ? "" : " (setup: " + String.join(", ", entry.setupScripts()) + ")")
					.append('\n');
		}
		byModule.forEach((module, classes) -> {
			if (!module.isEmpty()) {
				out.println(module + ":");
			}
			classes.values().forEach(out::print);
		});
		long tests = entries.stream().filter(TestListing.Entry::runs).count();
		long classes = entries.stream().filter(TestListing.Entry::runs)
				.map(e -> e.module() + "/" + e.className()).distinct().count();
		long modules = entries.stream().filter(TestListing.Entry::runs).map(TestListing.Entry::module)
				.filter(m -> !m.isEmpty()).distinct().count();
		long skipped = entries.size() - tests;
		out.println(plural(tests, "test", "tests") + " across " + plural(classes, "class", "classes")
				+ (modules > 0 ? " in " + plural(modules, "module", "modules") : "")
				+ (skipped > 0 ? " (" + skipped + " skipped)" : ""));
	}

	private static String plural(long count, String one, String many) {
		return count + " " + (count == 1 ? one : many);
	}
}
