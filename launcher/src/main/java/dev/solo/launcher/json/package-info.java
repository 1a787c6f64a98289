/**
 * The command line's one way to read and write JSON (its events, lists, configuration report, the
 * archive's manifest, the Maven project model): jackson's streaming API from one factory, and
 * databind for the project model's records only. Not the engine's {@code dev.solo.engine.json}: the
 * engine's jar carries jackson relocated, so no signature with a jackson type crosses from the
 * engine to the launcher. Depends on nothing else of Solo's.
 */
package dev.solo.launcher.json;
