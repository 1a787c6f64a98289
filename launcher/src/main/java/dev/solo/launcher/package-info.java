/**
 * {@code solo}, the command line: its entry point ({@link dev.solo.launcher.SoloMain}, which the
 * boot calls in the project's class loader) and the exit codes every command shares (PRODUCT.md).
 * The commands are in {@code command}, what they do by concern in the packages beside it.
 */
package dev.solo.launcher;
