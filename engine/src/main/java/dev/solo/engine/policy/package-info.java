/**
 * Each unit's effective settings: the overrides that apply to it, its test group, threads and
 * priority, and the units a run leaves out (reruns, ignored, other shards).
 */
package dev.solo.engine.policy;
