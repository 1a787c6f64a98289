/**
 * The live status dump of a run under way: every running test with its slot, pid, attempt, time,
 * last output and a thread dump of its JVM. The scheduler answers what runs
 * ({@link dev.solo.engine.scheduler.Scheduler#snapshot()}); this package formats it and makes it
 * reachable: SIGUSR1 (SIGINFO where the OS has it) to a host JVM that lets it be handled, and a
 * Unix-domain socket per JVM in an owner-only folder of Solo's cache, which {@code solo status} reads.
 */
package dev.solo.engine.status;
