package dev.solo.engine.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * {@code network}: {@code shared}, the machine's network as any process has it; or
 * {@code isolated}, a network namespace of the test JVM's own with only a loopback interface
 * (Linux): tests that bind fixed ports run in parallel without colliding, and a test that
 * reaches the network by accident fails at once instead of flaking.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public enum Network {
	SHARED,
	ISOLATED;

	public String written() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The value {@code written} names, as the settings spell it. */
	static Network of(String written) {
		return valueOf(written.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
	}
}
