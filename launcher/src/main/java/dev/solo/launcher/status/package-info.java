/**
 * {@code solo status}: the status dump of every Solo run under way for this user, whether the CLI
 * or a host (Surefire, an IDE, console-standalone) runs it, read from each run's socket.
 */
package dev.solo.launcher.status;
