/**
 * The schedule: the ready queue (priorities, test groups and slots, Jupiter's resource locks
 * across JVMs), each unit's attempts, retries, timeouts, fail-fast and cancellation. It publishes
 * events and never formats them.
 */
package dev.solo.engine.scheduler;
