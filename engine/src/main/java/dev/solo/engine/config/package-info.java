/**
 * The {@code solo.*} settings: JUnit configuration parameters, {@code .config/solo.toml} and its
 * profiles, per-test overrides and test groups, each value with where it came from, and a one-line
 * error naming the file, position and key of every mistake; and the user's own
 * {@code ~/.config/solo/config.toml} (recording on or off, the store's {@code Retention}), read as
 * strictly. Plain values only: it depends on no other package of Solo's (the store reads its
 * retention from here, never the reverse).
 */
package dev.solo.engine.config;
