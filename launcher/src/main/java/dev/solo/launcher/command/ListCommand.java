package dev.solo.launcher.command;

import dev.solo.launcher.ExitCodes;
import dev.solo.launcher.listing.HumanList;
import dev.solo.launcher.listing.JsonList;
import dev.solo.launcher.listing.TestListing;
import dev.solo.launcher.project.ProjectModules;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

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
		AtomicReference<List<TestListing.Entry>> entries = new AtomicReference<>(List.of());
		int failed = TestListing.discover(selection, parameters, entries);
		if (failed != ExitCodes.OK) {
			return failed;
		}
		if (format.isJson()) {
			JsonList.write(entries.get(), format == MessageFormat.JSON_PRETTY, System.out);
		}
		else {
			HumanList.write(entries.get(), System.out);
		}
		return entries.get().stream().anyMatch(TestListing.Entry::runs) ? ExitCodes.OK : selection.whenEmpty("run");
	}
}
