package dev.solo.launcher.showconfig;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apiguardian.api.API;

/**
 * {@code solo show-config}'s human output: the profile and its file, every setting in three
 * columns (key, value, where it comes from), the test groups with their tests, then each
 * override with its filter, what it sets and the tests it applies to.
 */
@API(status = INTERNAL, since = "0.1")
public final class HumanConfig {
	private static final int MAX_VALUE_COLUMN = 32;

	private HumanConfig() {
	}

	public static void write(ConfigReport report, PrintStream out) {
		out.println("profile: " + report.profile() + (report.profileSource().kind().equals("default") ? ""
				: " (" + report.profileSource().label() + ")"));
		out.println("config file: " + report.configFile().orElse("none (no .config/solo.toml here or above)"));
		out.println("workspace root: " + report.workspaceRoot());
		out.println();
		out.println("settings:");
		int keyWidth = report.settings().stream().mapToInt(s -> s.key().length()).max().orElse(0);
		int valueWidth = Math.min(MAX_VALUE_COLUMN,
				report.settings().stream().mapToInt(s -> s.value().length()).max().orElse(0));
		for (ConfigReport.Setting setting : report.settings()) {
			out.println("    " + pad(setting.key(), keyWidth) + "  " + pad(setting.value(), valueWidth) + "  "
					+ setting.source().label());
		}
		out.println();
		if (report.groups().isEmpty()) {
			out.println("test groups: none");
		}
		else {
			out.println("test groups:");
			for (ConfigReport.Group group : report.groups()) {
				out.println("    " + group.name() + ": max-threads " + group.maxThreads() + " (" + group.where() + "), "
						+ count(group.tests()));
				tests(group.tests(), out);
			}
		}
		out.println();
		if (report.overrides().isEmpty()) {
			out.println("overrides: none");
		}
		else {
			out.println("overrides (the first whose filter matches a test applies to it):");
			int number = 1;
			for (ConfigReport.Override override : report.overrides()) {
				out.println("    " + number++ + ". profile " + override.profile() + " (" + override.where()
						+ "): filter '" + override.filter() + "'");
				out.println("       sets " + sets(override.settings()));
				out.println("       applies to " + (override.tests().isEmpty() ? "no test" : count(override.tests())));
				tests(override.tests(), out);
			}
			out.println("    no override applies to " + count(report.unmatched()));
		}
		setupScripts(report.setupScripts(), out);
	}

	/** Said only where the file defines some: a configuration without scripts reads as it always has. */
	private static void setupScripts(List<ConfigReport.SetupScript> scripts, PrintStream out) {
		if (scripts.isEmpty()) {
			return;
		}
		out.println();
		out.println("setup scripts (each runs once, before the first test that needs it):");
		for (ConfigReport.SetupScript script : scripts) {
			out.println("    " + script.name() + " (" + script.where() + "): " + String.join(" ", script.command())
					+ script.teardown().map(t -> ", teardown " + t).orElse(""));
			out.println("       needed by " + (script.tests().isEmpty() ? "no test: it does not run" : count(script.tests())));
			tests(script.tests(), out);
		}
	}

	private static void tests(List<ConfigReport.Test> tests, PrintStream out) {
		tests.forEach(t -> out.println("           " + t.name() + (t.skipped() ? " (skipped)" : "")));
	}

	private static String sets(Map<String, String> settings) {
		return settings.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "));
	}

	private static String count(List<ConfigReport.Test> tests) {
		return tests.size() == 1 ? "1 test" : tests.size() + " tests";
	}

	private static String pad(String text, int width) {
		return text.length() >= width ? text : text + " ".repeat(width - text.length());
	}
}
