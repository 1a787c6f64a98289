/**
 * One attempt's JVM from the host's side, end to end, behind {@code TestJvm}: its command line,
 * its start (or a warmed JVM from the fork server), the report it sends back, its bounded output,
 * its end, and the processes it left running, killed and described before the attempt is judged.
 * The scheduler decides when to wait, dump or stop and what the attempt was; this package decides
 * nothing of that. It uses {@code startup} for what makes a JVM start fast, {@code process} for
 * process trees, {@code protocol} for the frames and {@code debug} for a JVM that waits for a debugger; it never depends on the scheduler, the store,
 * the record or the replay (checked by {@code ArchitectureTest}).
 */
package dev.solo.engine.fork;
