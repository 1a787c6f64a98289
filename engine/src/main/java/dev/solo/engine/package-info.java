/**
 * Solo's entry points into the JUnit Platform: the delegating {@code TestEngine} (id {@code solo}),
 * the session and discovery listeners and post-discovery filter every host loads through
 * {@code ServiceLoader}, the listeners a host registers for the run's events, and the session
 * (fork server, shutdown hook) they share. Everything else lives in a package of its own
 * concern: cancellation in {@code cancel}, what a run makes of its units in {@code plan}.
 */
package dev.solo.engine;
