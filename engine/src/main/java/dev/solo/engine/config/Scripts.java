package dev.solo.engine.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Map;

import org.apiguardian.api.API;

/** The {@code [scripts]} of {@code .config/solo.toml}: setup and teardown scripts by name. */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record Scripts(Map<String, ScriptDefinition> setup, Map<String, ScriptDefinition> teardown) {
	public static final Scripts NONE = new Scripts(Map.of(), Map.of());

	public Scripts {
		setup = Map.copyOf(setup);
		teardown = Map.copyOf(teardown);
	}
}
