/**
 * {@code solo archive}: a project's tests, class paths and settings into one {@code .tar.zst}, and
 * their safe extraction where it runs (no link or path leads out).
 */
package dev.solo.launcher.archive;
