package dev.solo.launcher.command;

import dev.solo.launcher.ExitCodes;
import dev.solo.launcher.showconfig.ConfigReport;
import dev.solo.launcher.showconfig.HumanConfig;
import dev.solo.launcher.showconfig.JsonConfig;
import dev.solo.launcher.project.ProjectModules;


import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code solo show-config}, as {@code cargo nextest show-config}: the configuration {@code solo
 * run} would use with the same arguments, every setting with where it comes from, the test
 * groups and which override applies to which test. It discovers the tests (to match the
 * overrides' filters) and runs none.
 */
@Command(name = "show-config", mixinStandardHelpOptions = true,
		description = "Show the effective profile, its test groups and which overrides apply to which tests.")
final class ShowConfigCommand implements Callable<Integer> {
	@Mixin
	SelectionOptions selection;

	@Mixin
	ArchiveInputOptions archive = new ArchiveInputOptions();

	@Option(names = "--message-format", paramLabel = "FORMAT", description = "human (the default), json or json-pretty.")
	String messageFormat = "human";

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	ShowConfigCommand(ProjectModules modules) {
		selection = new SelectionOptions(modules);
	}

	@Override
	public Integer call() throws Exception {
		MessageFormat format = MessageFormat.of(spec.commandLine(), messageFormat);
		Map<String, String> parameters = selection.parameters();
		AtomicReference<ConfigReport> report = new AtomicReference<>();
		int failed = ConfigReport.discover(selection, parameters, Path.of(System.getProperty("user.dir")), report);
		if (failed != ExitCodes.OK) {
			return failed;
		}
		if (report.get() == null) {
			System.err.println("error: the Solo engine is not on the class path: nothing read the configuration");
			return ExitCodes.SETUP_ERROR;
		}
		if (format.isJson()) {
			JsonConfig.write(report.get(), format == MessageFormat.JSON_PRETTY, System.out);
		}
		else {
			HumanConfig.write(report.get(), System.out);
		}
		return ExitCodes.OK;
	}
}
