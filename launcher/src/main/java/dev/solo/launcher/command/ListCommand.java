package dev.solo.launcher.command;

import dev.solo.launcher.ExitCodes;
import dev.solo.launcher.listing.HumanList;
import dev.solo.launcher.listing.JsonList;
import dev.solo.launcher.listing.TestListing;
import dev.solo.launcher.project.ProjectModules;

import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;

/**
 * {@code solo list}, as {@code cargo nextest list}: the tests {@code solo run} would run with the
 * same arguments, found by discovery alone. Nothing runs, no JVM starts.
 */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the tests run would run.")
final class ListCommand extends DiscoveringCommand {
	ListCommand(ProjectModules modules) {
		super(modules);
	}

	@Override
	int call(MessageFormat format, Map<String, String> parameters) throws Exception {
		TestListing.Discovered discovered = TestListing.discover(selection, parameters);
		if (discovered.exitCode() != ExitCodes.OK) {
			return discovered.exitCode();
		}
		List<TestListing.Entry> entries = discovered.entries();
		if (format.isJson()) {
			JsonList.write(entries, format == MessageFormat.JSON_PRETTY, System.out);
		}
		else {
			HumanList.write(entries, System.out);
		}
		return entries.stream().anyMatch(TestListing.Entry::runs) ? ExitCodes.OK : selection.whenEmpty("run");
	}
}
