/**
 * {@code solo show-config}'s output: the effective settings with where each came from, the test
 * groups and the per-test overrides, as data and for people or as JSON. Depends on the listing's
 * discovery and the Platform session, never on the commands.
 */
package dev.solo.launcher.showconfig;
