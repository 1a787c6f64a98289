/**
 * The modules of a multi-module run (a Maven reactor, or one class path): each discovered in a
 * class loader of its own (on its own JUnit Platform when that is not the run's), and each unit's
 * JVM placed with its module's class path, options, folder and environment.
 */
package dev.solo.engine.module;
