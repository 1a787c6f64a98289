/**
 * {@code solo replay}: a recorded run shown again as it ran, or written as JUnit XML.
 */
package dev.solo.launcher.replay;
