package dev.solo.engine.config;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;

import org.apiguardian.api.API;

/** How much of a workspace's history the store keeps ({@code [record]} in the user config). */
@API(status = EXPERIMENTAL, since = "0.1", consumers = "dev.solo.launcher")
public record Retention(int maxRecords, long maxTotalBytes, Duration maxAge) {
	public static final Retention DEFAULT = new Retention(100, 1_000_000_000L, Duration.ofDays(30));
}
