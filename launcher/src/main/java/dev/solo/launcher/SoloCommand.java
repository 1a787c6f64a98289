package dev.solo.launcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar solo.jar}: the command-line front of Solo. */
@Command(name = "solo", mixinStandardHelpOptions = true, version = "solo 0.1.0-SNAPSHOT",
		description = "Process-per-test for the JVM.",
		subcommands = { RunCommand.class, ListCommand.class, ShowConfigCommand.class })
public final class SoloCommand implements Runnable {
	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(System.out);
	}

	public static void main(String[] args) {
		System.exit(commandLine().execute(args));
	}

	static CommandLine commandLine() {
		return new CommandLine(new SoloCommand()).setCaseInsensitiveEnumValuesAllowed(true);
	}
}
