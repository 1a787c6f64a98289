package dev.solo.engine.scheduler;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.config.Settings;

import java.util.List;
import java.util.Map;

import org.apiguardian.api.API;

/**
 * How one unit's JVMs run: its settings once a per-test override is applied (retries,
 * timeouts, leak handling, flaky result), the JVM options its override adds to the run's, and
 * the environment its tests see.
 */
@API(status = INTERNAL, since = "0.1")
public record UnitRun(Settings settings, List<String> jvmArgs, Map<String, String> env) {

	public UnitRun {
		jvmArgs = List.copyOf(jvmArgs);
		env = Map.copyOf(env);
	}

	/** A unit no override touches. */
	public static UnitRun of(Settings settings) {
		return new UnitRun(settings, List.of(), settings.env());
	}
}
