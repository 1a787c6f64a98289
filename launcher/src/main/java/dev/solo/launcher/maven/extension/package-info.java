/**
 * The Maven extension that reports each module's test class path and Surefire settings as Surefire
 * would resolve them, and resolves the Platform jars (launcher, Vintage) a module lacks.
 */
package dev.solo.launcher.maven.extension;
