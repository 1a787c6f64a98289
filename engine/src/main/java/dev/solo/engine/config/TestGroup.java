package dev.solo.engine.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * One {@code [test-groups.NAME]} table: at most {@code maxThreads} of its tests at once.
 * Parsed and checked here; scheduling by group comes later.
 *
 * @param maxThreads as written, or the number of processors for {@code "num-cpus"}
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record TestGroup(String name, int maxThreads, String where) {
}
