package dev.solo.engine.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Objects;

import org.apiguardian.api.API;

/**
 * How a test JVM's process is started beyond its command line: its CPU priority
 * ({@code cpu-priority}) and its network ({@code network}). The defaults start it as any process
 * is started, with nothing in front of {@code java}.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record ProcessSettings(CpuPriority cpuPriority, Network network) {
	public static final ProcessSettings DEFAULT = new ProcessSettings(CpuPriority.NORMAL, Network.SHARED);

	public ProcessSettings {
		Objects.requireNonNull(cpuPriority, "cpuPriority");
		Objects.requireNonNull(network, "network");
	}

	/** Whether a JVM starts as any process does: no wrapper, no extra process. */
	public boolean isPlain() {
		return cpuPriority == CpuPriority.NORMAL && network == Network.SHARED;
	}
}
