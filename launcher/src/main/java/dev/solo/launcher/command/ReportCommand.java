package dev.solo.launcher.command;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.launcher.merge.MergeCommand;

import org.apiguardian.api.API;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code solo report}: what to do with the reports runs wrote: merge a partitioned run's shards, a recorded run's page. */
@API(status = INTERNAL, since = "0.1")
@Command(name = "report", mixinStandardHelpOptions = true, description = "Work with the reports runs wrote.",
		subcommands = { MergeCommand.class, HtmlReportCommand.class })
public final class ReportCommand implements Runnable {
	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(System.out);
	}
}
