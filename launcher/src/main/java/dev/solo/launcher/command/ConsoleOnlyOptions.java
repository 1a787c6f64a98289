package dev.solo.launcher.command;

import java.util.Map;
import java.util.Stack;

import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * console-standalone's options that Solo does not take. Declared, hidden, so that a console-standalone
 * command line with one fails on a line naming it as console-standalone's, not as a typo: without them
 * {@code --details none} would read as an unknown option and {@code none} as a name filter.
 */
final class ConsoleOnlyOptions {
	private static final Map<String, String> WHY = Map.ofEntries(
			Map.entry("--details", ": Solo shows a run as nextest does (--status-level, --final-status-level)"),
			Map.entry("--details-theme", ": Solo shows a run as nextest does"),
			Map.entry("--color-palette", ": use --color"),
			Map.entry("--single-color", ": use --color"),
			Map.entry("--redirect-stdout", ": each test's output is kept with it (--success-output, --failure-output)"),
			Map.entry("--redirect-stderr", ": each test's output is kept with it (--success-output, --failure-output)"),
			Map.entry("--reports-dir", ": JUnit XML goes to target/solo/<profile>/ (junit.path in .config/solo.toml)"),
			Map.entry("--scan-modules", ": use --scan-class-path or a selector"),
			Map.entry("--include-methodname", ": use -E 'method(/REGEX/)'"),
			Map.entry("--exclude-methodname", ": use -E 'not method(/REGEX/)'"),
			Map.entry("--config-resource", ": use --config KEY=VALUE or junit-platform.properties on the class path"));

	@Option(names = "--scan-modules", hidden = true, parameterConsumer = Refused.class)
	String scanModules;

	@Option(names = { "-u", "--select-uri" }, hidden = true, parameterConsumer = Refused.class)
	String selectUri;

	@Option(names = { "-f", "--select-file" }, hidden = true, parameterConsumer = Refused.class)
	String selectFile;

	@Option(names = { "-d", "--select-directory" }, hidden = true, parameterConsumer = Refused.class)
	String selectDirectory;

	@Option(names = { "-o", "--select-module" }, hidden = true, parameterConsumer = Refused.class)
	String selectModule;

	@Option(names = { "-r", "--select-resource" }, hidden = true, parameterConsumer = Refused.class)
	String selectResource;

	@Option(names = { "-i", "--select-iteration" }, hidden = true, parameterConsumer = Refused.class)
	String selectIteration;

	@Option(names = { "--select-unique-id", "--uid" }, hidden = true, parameterConsumer = Refused.class)
	String selectUniqueId;

	@Option(names = "--select", hidden = true, parameterConsumer = Refused.class)
	String select;

	@Option(names = "--include-methodname", hidden = true, parameterConsumer = Refused.class)
	String includeMethodName;

	@Option(names = "--exclude-methodname", hidden = true, parameterConsumer = Refused.class)
	String excludeMethodName;

	@Option(names = "--config-resource", hidden = true, parameterConsumer = Refused.class)
	String configResource;

	@Option(names = "--details", hidden = true, parameterConsumer = Refused.class)
	String details;

	@Option(names = "--details-theme", hidden = true, parameterConsumer = Refused.class)
	String detailsTheme;

	@Option(names = "--color-palette", hidden = true, parameterConsumer = Refused.class)
	String colorPalette;

	@Option(names = "--single-color", hidden = true, parameterConsumer = Refused.class)
	String singleColor;

	@Option(names = "--redirect-stdout", hidden = true, parameterConsumer = Refused.class)
	String redirectStdout;

	@Option(names = "--redirect-stderr", hidden = true, parameterConsumer = Refused.class)
	String redirectStderr;

	@Option(names = "--reports-dir", hidden = true, parameterConsumer = Refused.class)
	String reportsDir;

	/** Fails the parse as soon as picocli meets one of these, naming the option as it is known. */
	static final class Refused implements IParameterConsumer {
		@Override
		public void consumeParameters(Stack<String> args, ArgSpec arg, CommandSpec command) {
			String name = ((OptionSpec) arg).longestName();
			throw new ParameterException(command.commandLine(), "solo " + command.name()
					+ " does not take console-standalone's " + name + WHY.getOrDefault(name, ""));
		}
	}
}
