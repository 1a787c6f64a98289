/**
 * The files a run writes: JUnit XML, Open Test Reporting XML and JSON events, each a sink of the
 * run's events.
 */
package dev.solo.launcher.output;
