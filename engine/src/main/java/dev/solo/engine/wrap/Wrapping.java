package dev.solo.engine.wrap;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;

import org.apiguardian.api.API;

/**
 * How one test JVM starts: the commands its command line starts with (each runs the next in its
 * own process, so the JVM keeps the process id the host started), and whether it has a network of
 * its own, where the host's loopback port cannot be reached.
 */
@API(status = INTERNAL, since = "0.1")
public record Wrapping(List<String> prefix, boolean ownNetwork) {
	public static final Wrapping NONE = new Wrapping(List.of(), false);

	public Wrapping {
		prefix = List.copyOf(prefix);
	}
}
