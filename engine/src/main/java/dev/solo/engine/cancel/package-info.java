/**
 * How a run is cancelled: by the host's cancellation token (Platform 6), by {@code global-timeout},
 * and by a program driving the Launcher (the CLI on Ctrl-C), which reaches every run under way in
 * the JVM through {@link dev.solo.engine.cancel.RunCancellation}. Depends on the scheduler it
 * cancels; the scheduler never depends on it.
 */
package dev.solo.engine.cancel;
