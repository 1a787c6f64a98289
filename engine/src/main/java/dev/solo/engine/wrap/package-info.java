/**
 * What stands in front of {@code java} on a test JVM's command line when its settings ask for it:
 * {@code nice -n} for {@code cpu-priority}, {@code unshare} for {@code network = "isolated"}.
 * Nothing, and no extra process, when they do not; what the machine refuses is found once, before
 * the run.
 */
package dev.solo.engine.wrap;
