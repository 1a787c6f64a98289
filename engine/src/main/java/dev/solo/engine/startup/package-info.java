/**
 * What makes a test JVM start fast, from the host's side: the class-data archive or AOT cache of
 * the child's jars ({@code ClassDataSharing}: recorded from a first child, dumped or trained by a
 * separate JVM, kept in Solo's cache) and the fast-start JVM options ({@code FastStartOptions}).
 * {@code fork} puts both on a test JVM's command line; this package knows nothing of a test JVM's
 * attempt, so it does not depend on {@code fork}, the scheduler, the event stream or the
 * configuration. What runs in the training JVM lives apart, in {@code startup.training}.
 */
package dev.solo.engine.startup;
