package dev.solo.engine.config;

/**
 * One {@code [test-groups.NAME]} table: at most {@code maxThreads} of its tests at once.
 * Parsed and checked here; scheduling by group comes later.
 *
 * @param maxThreads as written, or the number of processors for {@code "num-cpus"}
 */
public record TestGroup(String name, int maxThreads, String where) {
}
