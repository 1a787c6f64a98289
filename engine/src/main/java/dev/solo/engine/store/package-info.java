/**
 * The store of runs on disk, one per workspace in Solo's cache: its index and each run's summary,
 * the state a rerun continues from, the durations partitions and ordering read back, its lock and
 * its pruning. What a run's event log holds is {@code record}'s: the store never depends on
 * {@code record}, nor on compression.
 */
package dev.solo.engine.store;
