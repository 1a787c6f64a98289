/**
 * The run's one event stream (run started, test started, slow, attempt finished, retrying,
 * finished, cancelled) and what each event carries; sinks consume it, and none of them formats for
 * another or starts a process.
 */
package dev.solo.engine.events;
