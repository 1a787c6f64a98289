package dev.solo.engine.scheduler;

import dev.solo.engine.config.Settings;
import dev.solo.engine.events.RunEventSink;
import dev.solo.engine.fork.ForkServer;
import dev.solo.engine.fork.JvmCommand;

import dev.solo.engine.discovery.ForkUnit;

import java.io.PrintStream;
import java.util.function.Function;
import java.util.Map;

/** What every attempt of a run shares. */
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
		Function<ForkUnit, UnitRun> unitRuns) {

	/** How {@code unit}'s JVMs run. */
	public UnitRun run(ForkUnit unit) {
		return unitRuns.apply(unit);
	}
}
