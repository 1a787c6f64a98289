/**
 * A test JVM that waits for a debugger: when a run debugs (the host runs under JDWP, as an IDE's
 * Debug starts it, or {@code solo.debugger=on}, the CLI's {@code --debugger}), the JDWP agent each
 * test JVM gets, and what the host's console shows of its wait. Depends on nothing else of Solo's:
 * settings read it, fork starts JVMs with it.
 */
package dev.solo.engine.debug;
