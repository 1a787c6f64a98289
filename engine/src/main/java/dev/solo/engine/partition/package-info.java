/**
 * Shards of a run ({@code hash}, {@code count}, {@code slice}, {@code duration}) and Bazel's
 * sharding variables. Depends on nothing else of Solo's.
 */
package dev.solo.engine.partition;
