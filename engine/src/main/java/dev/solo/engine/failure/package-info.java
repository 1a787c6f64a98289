/**
 * The exceptions a test's report shows for what Solo saw and the test did not throw: its JVM died,
 * it timed out, it left processes running, it passes only in a JVM of its own.
 */
package dev.solo.engine.failure;
