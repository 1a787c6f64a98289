/**
 * The recorder and its event log: each run's events written to the store as JSON Lines (zstd
 * where that loads quietly) and read back as a {@code RecordedRun}, which the reruns
 * ({@code RerunBase}) and {@code solo replay} rebuild from. Depends on {@code store} (where a run
 * is kept), {@code compress} and {@code json}; the store never depends on it.
 */
package dev.solo.engine.record;
