/**
 * The bootstrap of a test's own JVM: it connects back to the host, runs the one unit it was
 * handed through the Platform's launcher, forwards its events, and reports what it left running.
 * It loads as little as it can: it depends on {@code protocol} and {@code process} alone, never on
 * JSON, compression, the store, the scheduler, the event stream or the configuration (checked by
 * {@code ArchitectureTest}).
 */
package dev.solo.engine.child;
