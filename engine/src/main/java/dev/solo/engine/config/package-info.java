/**
 * The {@code solo.*} settings: JUnit configuration parameters, {@code .config/solo.toml} and its
 * profiles, per-test overrides and test groups, each value with where it came from, and a one-line
 * error naming the file, position and key of every mistake.
 */
package dev.solo.engine.config;
