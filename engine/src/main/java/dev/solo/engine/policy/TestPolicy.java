package dev.solo.engine.policy;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.config.ProfileOverride;
import dev.solo.engine.scheduler.UnitPolicy;
import dev.solo.engine.scheduler.UnitRun;

import java.util.Optional;

import org.apiguardian.api.API;

/**
 * The effective configuration of one unit, as data: the profile's settings with the first
 * matching override applied, how the scheduler treats it, and how its JVMs run. What the CLI's
 * {@code show-config} prints for a test.
 *
 * @param override the override that matched, if any
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record TestPolicy(String profile, Optional<ProfileOverride> override, UnitPolicy scheduling, UnitRun run) {
}
