/**
 * One attempt's JVM from the host's side: its command line, start (or a warmed JVM from the fork
 * server), the report it sends back, its bounded output, its end, and the processes it left.
 */
package dev.solo.engine.fork;
