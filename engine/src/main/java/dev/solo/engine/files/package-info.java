/**
 * Where Solo keeps its files (its cache folder) and how it writes them: owner-only, since a run's
 * command line and environment are the user's business, and atomically, so that a reader or a
 * second JVM never sees a file half written. Depends on nothing else of Solo's.
 */
package dev.solo.engine.files;
