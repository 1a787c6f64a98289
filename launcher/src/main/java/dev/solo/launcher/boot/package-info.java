/**
 * {@code java -jar solo.jar} before any command: finds the project's tests and its JUnit Platform
 * (solo.jar bundles none) and starts the command in a class loader where that Platform is the one
 * every class sees, handing it what it learned ({@link dev.solo.launcher.boot.BootFacts}) as an
 * argument, not through system properties.
 */
package dev.solo.launcher.boot;
