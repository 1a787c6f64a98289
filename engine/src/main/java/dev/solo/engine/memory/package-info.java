/**
 * Memory-aware scheduling: what the machine (or its container) allows the test JVMs together
 * ({@code test-memory}), what each test's JVM is expected to take at its peak (its override's
 * {@code memory}, else what the record measured), and the ledger the scheduler keeps of both.
 */
package dev.solo.engine.memory;
