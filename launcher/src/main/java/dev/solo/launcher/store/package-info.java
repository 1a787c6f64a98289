/**
 * {@code solo store}: the recorded runs listed, shown in detail and pruned.
 */
package dev.solo.launcher.store;
