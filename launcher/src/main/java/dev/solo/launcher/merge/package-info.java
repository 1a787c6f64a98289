/**
 * {@code solo report merge}: the JUnit XML reports of a partitioned run's shards (or of whole
 * runs) read back and merged into one, with a shard that is missing, or a test no shard ran,
 * reported. Reads only files: it depends on {@code output} for the report's model and writer and
 * on the engine's partition specs, never on a run.
 */
package dev.solo.launcher.merge;
