package dev.solo.launcher.command;

import dev.solo.launcher.project.ProjectModules;

import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What {@code solo list} and {@code solo show-config} share: they take {@code solo run}'s
 * selection and an archive to read, discover the tests, and write what they found for people or
 * as JSON. Nothing runs.
 */
abstract class DiscoveringCommand implements Callable<Integer> {
	@Mixin
	SelectionOptions selection;

	@Mixin
	ArchiveInputOptions archive = new ArchiveInputOptions();

	@Option(names = "--message-format", paramLabel = "FORMAT", description = "human (the default), json or json-pretty.")
	String messageFormat = "human";

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	DiscoveringCommand(ProjectModules modules) {
		selection = new SelectionOptions(modules);
	}

	@Override
	public final Integer call() throws Exception {
		return call(MessageFormat.of(spec.commandLine(), messageFormat), selection.parameters());
	}

	/** The command's work, given the output format and the run's configuration parameters. */
	abstract int call(MessageFormat format, Map<String, String> parameters) throws Exception;
}
