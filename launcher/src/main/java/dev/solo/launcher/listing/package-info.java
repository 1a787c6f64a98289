/**
 * {@code solo list}'s output: the units {@code run} would run, discovered as it discovers, shown
 * for people or as JSON. Depends on the project's modules and the Platform session, never on
 * the commands.
 */
package dev.solo.launcher.listing;
