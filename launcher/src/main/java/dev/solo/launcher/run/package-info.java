/**
 * {@code solo run}'s execution on the Platform: one run's events to its sinks, where its reports
 * go, signals cancelling it, and the warning for tests it did not run. Never depends on the
 * commands; the terminal and the report files are sinks it is given or makes.
 */
package dev.solo.launcher.run;
