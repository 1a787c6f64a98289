package dev.solo.engine.events;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.discovery.ForkUnit;

import org.apiguardian.api.API;

/** A unit known before the run not to run (outside the partition, filtered out), and why. */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record NotRun(ForkUnit unit, String reason) {
}
