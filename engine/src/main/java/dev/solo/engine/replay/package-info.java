/**
 * The run's events replayed to the host's JUnit listener as they happen (an IDE, Surefire,
 * console-standalone), nested and paired as the tests ran, and the host console's notices.
 */
package dev.solo.engine.replay;
