package dev.solo.launcher.store;

import dev.solo.engine.config.Retention;
import dev.solo.engine.config.UserConfig;
import dev.solo.engine.store.RunSummary;
import dev.solo.launcher.ExitCodes;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code solo store prune}: drops the runs over the user's retention limits ({@code [record]} in
 * {@code ~/.config/solo/config.toml}: {@code max-records}, {@code max-total-size}, {@code max-age}),
 * oldest written first, as runs do by themselves once a day.
 */
@Command(name = "prune", mixinStandardHelpOptions = true,
		description = "Remove the recorded runs over the retention limits, oldest written first.")
final class StorePrune implements Callable<Integer> {
	@Mixin
	Workspace workspace = new Workspace();

	@Option(names = "--dry-run", description = "Only say which runs would be removed.")
	boolean dryRun;

	@Override
	public Integer call() {
		Retention retention = UserConfig.load(System.getenv()).retention();
		List<RunSummary> pruned;
		try {
			pruned = workspace.store().prune(retention, Instant.now(), dryRun);
		}
		catch (IOException e) {
			return StoreErrors.unreadable(e);
		}
		lines(pruned, dryRun, ZoneId.systemDefault()).forEach(System.out::println);
		return ExitCodes.OK;
	}

	/** {@code info: pruned 3 runs (1.2 MB)}, then each run: its id, when it started, its size. */
	static List<String> lines(List<RunSummary> pruned, boolean dryRun, ZoneId zone) {
		List<String> lines = new ArrayList<>();
		if (pruned.isEmpty()) {
			lines.add("info: no runs to prune");
			return lines;
		}
		long bytes = pruned.stream().mapToLong(RunSummary::compressedBytes).sum();
		lines.add("info: " + (dryRun ? "would prune " : "pruned ") + pruned.size() + (pruned.size() == 1 ? " run" : " runs")
				+ " (" + Sizes.format(bytes) + ")");
		for (RunSummary run : pruned) {
			lines.add("    " + run.runId().toString().substring(0, 8) + " " + Times.local(run.started(), zone) + " "
					+ Sizes.format(run.compressedBytes()));
		}
		return lines;
	}
}
