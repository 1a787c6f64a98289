/**
 * What a run makes of its units before any starts: the filter it applies ({@code solo.filter},
 * the profile's {@code default-filter}, a rerun chain's), which units it skips and why (partition,
 * rerun), and the scheduling policies of the rest. Reads settings, policies, partitions and the
 * record; nothing it reads depends on it.
 */
package dev.solo.engine.plan;
