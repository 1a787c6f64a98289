package dev.solo.engine.scheduler;

import dev.solo.engine.config.Settings;
import dev.solo.engine.events.RunEventSink;
import dev.solo.engine.fork.ForkServer;
import dev.solo.engine.fork.JvmCommand;

import java.io.PrintStream;
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
		PrintStream hostErr) {
}
