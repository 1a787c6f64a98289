package dev.solo.engine.events;

import dev.solo.engine.discovery.ForkUnit;

/** A unit known before the run not to run (outside the partition, filtered out), and why. */
public record NotRun(ForkUnit unit, String reason) {
}
