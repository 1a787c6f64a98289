package dev.solo.launcher.command;

import dev.solo.launcher.ExitCodes;
import dev.solo.launcher.project.ProjectModules;
import dev.solo.launcher.showconfig.ConfigReport;
import dev.solo.launcher.showconfig.HumanConfig;
import dev.solo.launcher.showconfig.JsonConfig;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import picocli.CommandLine.Command;

/**
 * {@code solo show-config}, as {@code cargo nextest show-config}: the configuration {@code solo
 * run} would use with the same arguments, every setting with where it comes from, the test
 * groups and which override applies to which test. It discovers the tests (to match the
 * overrides' filters) and runs none.
 */
@Command(name = "show-config", mixinStandardHelpOptions = true,
		description = "Show the effective profile, its test groups and which overrides apply to which tests.")
final class ShowConfigCommand extends DiscoveringCommand {
	ShowConfigCommand(ProjectModules modules) {
		super(modules);
	}

	@Override
	int call(MessageFormat format, Map<String, String> parameters) throws Exception {
		ConfigReport.Discovered discovered = ConfigReport.discover(selection, parameters,
				selection.modules().boot().directory());
		if (discovered.exitCode() != ExitCodes.OK) {
			return discovered.exitCode();
		}
		Optional<ConfigReport> report = discovered.report();
		if (report.isEmpty()) {
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
