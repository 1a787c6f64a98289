package dev.solo.launcher.store;

import dev.solo.engine.record.RecordedRun;
import dev.solo.engine.record.StoredArtifacts;
import dev.solo.engine.store.RecordException;
import dev.solo.engine.store.RunStore;
import dev.solo.engine.store.RunSummary;
import dev.solo.launcher.ExitCodes;
import dev.solo.launcher.terminal.MemoryTop;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code solo store info RUN}: one recorded run in detail, and whether it can still be replayed. */
@Command(name = "info", mixinStandardHelpOptions = true, description = "Show one recorded run in detail.")
final class StoreInfo implements Callable<Integer> {
	@Mixin
	Workspace workspace = new Workspace();

	@Parameters(paramLabel = "RUN", defaultValue = "latest",
			description = "latest (the default), or a prefix of the run's id (solo store list highlights it).")
	String run;

	@Override
	public Integer call() {
		try {
			RunStore store = workspace.store();
			RunSummary summary = store.resolve(run, any -> true);
			RecordedRun recorded = RecordedRun.read(store, summary);
			List<StoredArtifacts.Stored> artifacts = StoredArtifacts.of(recorded);
			RunDetails.Log log = new RunDetails.Log(recorded.replayable(), recorded.problem(),
					recorded.logCompressedBytes(), recorded.logUncompressedBytes(),
					StoredArtifacts.bytesInStore(store, summary.runId()),
					artifacts.stream().mapToLong(a -> a.artifact().size()).sum());
			RunDetails.render(recorded.summary(), log, ZoneId.systemDefault(), Instant.now())
					.forEach(System.out::println);
			RunDetails.artifacts(artifacts).forEach(System.out::println);
			if (recorded.replayable()) {
				// The tests that took the most memory, as solo run --show-memory 5 lists them at its end.
				MemoryTop memory = new MemoryTop(5);
				recorded.events().forEach(memory::on);
				memory.lines().forEach(System.out::println);
			}
			return ExitCodes.OK;
		}
		catch (RecordException e) {
			return StoreErrors.error(e.getMessage());
		}
		catch (IOException e) {
			return StoreErrors.unreadable(e);
		}
	}
}
