/**
 * {@code solo}, the command line: its commands ({@code run}, {@code list}, {@code show-config},
 * {@code archive}), the selection options they share, console-standalone's syntax, and the exit
 * codes. It runs the engine through the Platform's launcher and uses the engine's events,
 * settings and store.
 */
package dev.solo.launcher;
