/**
 * The engine's one way to read and write JSON (the store's files, the event log): jackson's tree
 * model through its streaming API from one factory, never an {@code ObjectMapper}. Depends on
 * nothing else of Solo's; a test's JVM never loads it.
 */
package dev.solo.engine.json;
