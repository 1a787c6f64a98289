/**
 * The picocli commands ({@code solo}, {@code run}, {@code list}, {@code show-config},
 * {@code archive}) and the option groups they share (the selection, console-standalone's syntax,
 * an archive to run). They parse and decide the exit code; the work is in the packages beside
 * this one, which never depend on this one. picocli reads a command's method signatures before
 * the JUnit Platform may be on the class path (help): no type of the Platform in a command's
 * own signatures or lambdas, the Platform is used behind {@code run}, {@code listing},
 * {@code config} and {@code project}.
 */
package dev.solo.launcher.command;
