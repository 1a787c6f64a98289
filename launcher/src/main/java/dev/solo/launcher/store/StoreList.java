package dev.solo.launcher.store;

import dev.solo.engine.store.RunStore;
import dev.solo.engine.store.RunSummary;
import dev.solo.launcher.ExitCodes;
import dev.solo.launcher.terminal.ReporterOptions;
import dev.solo.launcher.terminal.Style;

import java.io.IOException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code solo store list}: every recorded run, reruns under what they reran, the newest marked. */
@Command(name = "list", mixinStandardHelpOptions = true,
		description = "List the recorded runs, newest first; the highlighted prefix of an id is enough for -R.")
final class StoreList implements Callable<Integer> {
	@Mixin
	Workspace workspace = new Workspace();

	@Option(names = "--color", paramLabel = "WHEN", description = "auto (on a terminal, unless NO_COLOR is set), always or never.")
	ReporterOptions.Color color = ReporterOptions.Color.AUTO;

	@Override
	public Integer call() {
		List<RunSummary> runs;
		try {
			runs = workspace.store().runs();
		}
		catch (IOException e) {
			return StoreErrors.unreadable(e);
		}
		Style style = new Style(ReporterOptions.colours(color));
		RunTree.render(runs, prefixes(runs), ZoneId.systemDefault(), style).forEach(System.out::println);
		return ExitCodes.OK;
	}

	/** How many characters of each run's id, as written, name it alone: the store's own rule, which {@code -R} applies. */
	static Map<UUID, Integer> prefixes(List<RunSummary> runs) {
		Map<UUID, Integer> lengths = new HashMap<>();
		RunStore.uniquePrefixes(runs).forEach((id, prefix) -> lengths.put(id, prefix.length()));
		return lengths;
	}
}
