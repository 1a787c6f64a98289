package dev.solo.launcher.store;

import static org.apiguardian.api.API.Status.INTERNAL;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.apiguardian.api.API;

/** {@code solo store}: the runs Solo recorded in this workspace, as {@code cargo nextest store}. */
@API(status = INTERNAL, since = "0.1")
@Command(name = "store", mixinStandardHelpOptions = true,
		description = "Look at and prune the runs Solo recorded in this workspace.",
		subcommands = { StoreList.class, StoreInfo.class, StorePrune.class },
		footer = { "", "Exit codes: 0 done; 96 no such run, an ambiguous id prefix, or a store that cannot be read." })
public final class StoreCommand implements Runnable {
	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(System.out);
	}
}
