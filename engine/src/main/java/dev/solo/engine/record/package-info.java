/**
 * The record of runs: the store and its index, each run's event log, compressed with zstd (loaded
 * only here, never in a test's JVM), reruns and durations read back, and the user's configuration
 * of recording.
 */
package dev.solo.engine.record;
