/**
 * What an attempt leaves behind: each attempt's empty {@code SOLO_ARTIFACT_DIR}, the JVM options
 * that write into it (a heap dump on running out of memory, a Flight Recording when the run
 * traces), and the files found there once the attempt is over. Depends only on events and config (the tracer).
 */
package dev.solo.engine.artifacts;
