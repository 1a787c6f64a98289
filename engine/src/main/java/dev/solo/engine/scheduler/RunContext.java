package dev.solo.engine.scheduler;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.artifacts.ArtifactFolders;
import dev.solo.engine.config.Settings;
import dev.solo.engine.events.RunEventSink;
import dev.solo.engine.fork.ForkServer;
import dev.solo.engine.fork.JvmCommand;
import dev.solo.engine.wrap.ProcessWrapper;

import dev.solo.engine.discovery.ForkUnit;

import java.io.PrintStream;
import java.util.function.Function;
import java.util.Map;
import java.util.OptionalLong;

import org.apiguardian.api.API;

/**
 * What every attempt of a run shares; {@code artifacts} is where each attempt's {@code SOLO_ARTIFACT_DIR}
 * is made, {@code wrapper} what starts test JVMs whose settings ask for a priority or a network of their own.
 */
@API(status = INTERNAL, since = "0.1")
public record RunContext(
		String runId,
		Settings settings,
		Map<String, String> configuration,
		String workspaceRoot,
		JvmCommand command,
		ForkServer server,
		RunEventSink events,
		PrintStream hostOut,
		PrintStream hostErr,
		Function<ForkUnit, UnitRun> unitRuns,
		Function<ForkUnit, Placement> placements,
		Function<ForkUnit, OptionalLong> lastDurations,
		ArtifactFolders artifacts,
		ProcessWrapper wrapper) {

	/** How {@code unit}'s JVMs run. */
	public UnitRun run(ForkUnit unit) {
		return unitRuns.apply(unit);
	}

	/** How long {@code unit} took in the workspace's last recorded run that ran it, in ms. */
	public OptionalLong lastDuration(ForkUnit unit) {
		return lastDurations.apply(unit);
	}

	/** Where {@code unit}'s JVMs start. */
	public Placement placement(ForkUnit unit) {
		return placements.apply(unit);
	}
}
