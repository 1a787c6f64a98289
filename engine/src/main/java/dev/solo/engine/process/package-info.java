/**
 * What host and child read of processes: {@code /proc} stats, process trees, and the processes a
 * test left running, marked so that no other user's can be taken for one. Depends on nothing else
 * of Solo's.
 */
package dev.solo.engine.process;
