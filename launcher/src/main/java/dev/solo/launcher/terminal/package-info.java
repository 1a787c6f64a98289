/**
 * nextest's terminal experience: status lines, the progress bar, the summary and its final status
 * lines, colours only on a terminal. A sink of the run's events; it never starts a process.
 */
package dev.solo.launcher.terminal;
