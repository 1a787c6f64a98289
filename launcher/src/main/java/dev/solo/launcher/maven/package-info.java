/**
 * A Maven project as the command line reads it: each module's test class path, Surefire settings
 * and selection, from one build up to {@code process-test-classes}.
 */
package dev.solo.launcher.maven;
