package dev.solo.launcher.command;

import dev.solo.launcher.ExitCodes;
import dev.solo.launcher.listing.HumanList;
import dev.solo.launcher.listing.JsonList;
import dev.solo.launcher.listing.TestListing;
import dev.solo.launcher.project.ProjectModules;


import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;


import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code solo list}, as {@code cargo nextest list}: the tests {@code solo run} would run with the
 * same arguments, found by discovery alone. Nothing runs, no JVM starts.
 */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the tests run would run.")
final class ListCommand implements Callable<Integer> {
	@Mixin
	SelectionOptions selection;

	@Mixin
	ArchiveInputOptions archive = new ArchiveInputOptions();

	@Option(names = "--message-format", paramLabel = "FORMAT", description = "human (the default), json or json-pretty.")
	String messageFormat = "human";

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	ListCommand(ProjectModules modules) {
		selection = new SelectionOptions(modules);
	}

	@Override
	public Integer call() throws Exception {
		MessageFormat format = MessageFormat.of(spec.commandLine(), messageFormat);
		Map<String, String> parameters = selection.parameters();
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
