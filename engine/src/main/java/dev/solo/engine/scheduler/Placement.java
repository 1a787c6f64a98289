package dev.solo.engine.scheduler;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.fork.JvmCommand;

import java.nio.file.Path;
import java.util.Map;

import org.apiguardian.api.API;

/**
 * Where a unit's JVMs start: the command line (java, JVM options, class path), the working
 * directory, and what its module adds to the environment and the configuration. One for the
 * whole run in a build tool or IDE; one per module in a multi-module run of the CLI.
 */
@API(status = INTERNAL, since = "0.1")
public record Placement(JvmCommand command, Path directory, Map<String, String> environment,
		Map<String, String> configuration) {

	public Placement {
		environment = Map.copyOf(environment);
		configuration = Map.copyOf(configuration);
	}
}
