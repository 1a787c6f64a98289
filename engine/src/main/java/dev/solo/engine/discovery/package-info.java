/**
 * Discovery through the other engines on the class path, mirrored under Solo's root with their
 * own ids, names and sources; the fork units (a test, or what must run as one) and why some cannot
 * run alone. Depends on the filter language, nothing that runs.
 */
package dev.solo.engine.discovery;
