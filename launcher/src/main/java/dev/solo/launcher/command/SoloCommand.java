package dev.solo.launcher.command;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.config.SettingsException;
import dev.solo.engine.filter.FiltersetException;
import dev.solo.launcher.ExitCodes;
import dev.solo.launcher.boot.BootFacts;
import dev.solo.launcher.project.ProjectModules;
import dev.solo.launcher.replay.ReplayCommand;
import dev.solo.launcher.status.StatusCommand;
import dev.solo.launcher.store.StoreCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.apiguardian.api.API;

/** {@code java -jar solo.jar}: the command-line front of Solo. */
@API(status = INTERNAL, since = "0.1")
@Command(name = "solo", mixinStandardHelpOptions = true, version = "solo 0.1.0-SNAPSHOT",
		description = "Process-per-test for the JVM.")
public final class SoloCommand implements Runnable {
	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(System.out);
	}

	/**
	 * A usage error as one line, as Solo's other errors are, with picocli's suggestion for a typo,
	 * not the whole help: a long console-standalone command line would bury it. Exit 2.
	 */
	private static int usageError(CommandLine.ParameterException e, String[] args) {
		CommandLine command = e.getCommandLine();
		command.getErr().println("error: " + e.getMessage());
		CommandLine.UnmatchedArgumentException.printSuggestions(e, command.getErr());
		command.getErr().flush();
		return command.getCommandSpec().exitCodeOnInvalidInput();
	}

	/**
	 * The command line, its commands given what the boot learned; the settings below are set after
	 * the commands are added, as picocli applies them to the commands it has.
	 */
	public static CommandLine commandLine(BootFacts boot) {
		ProjectModules modules = new ProjectModules(boot);
		CommandLine solo = new CommandLine(new SoloCommand()).addSubcommand(new RunCommand(modules))
				.addSubcommand(new ListCommand(modules)).addSubcommand(new ArchiveCommand(modules))
				.addSubcommand(ReplayCommand.class).addSubcommand(StoreCommand.class)
				.addSubcommand(ReportCommand.class)
				.addSubcommand(new ShowConfigCommand(modules)).addSubcommand(StatusCommand.class);
		// @-files as console-standalone reads them: picocli's, whose lines hold no comments there.
		return solo.setCaseInsensitiveEnumValuesAllowed(true)
				.setExpandAtFiles(true).setAtFileCommentChar(null)
				.setParameterExceptionHandler(SoloCommand::usageError)
				.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
					// A bad setting a command reads itself (the reporter's levels) is a setup error, as the
					// engine's are: one line naming the key, exit 96, no stack trace.
					if (e instanceof SettingsException) {
						System.err.println("error: " + e.getMessage());
						return ExitCodes.SETUP_ERROR;
					}
					// A bad -E, for every command that selects tests: its message carries the caret.
					if (e instanceof FiltersetException) {
						System.err.println("error: -E: " + e.getMessage());
						return ExitCodes.INVALID_FILTERSET;
					}
					throw e;
				});
	}
}
