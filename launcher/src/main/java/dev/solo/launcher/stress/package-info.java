/**
 * A stress run's account ({@code solo run --stress-count}, {@code --stress-duration}): what each
 * test's repeated runs came to, said once the run is over.
 */
package dev.solo.launcher.stress;
