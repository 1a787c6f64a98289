/**
 * The frames between host and child, their handshake and the transport of exceptions. Depends on
 * nothing else of Solo's: both sides load it.
 */
package dev.solo.engine.protocol;
