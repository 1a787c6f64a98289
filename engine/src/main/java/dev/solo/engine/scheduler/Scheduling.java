package dev.solo.engine.scheduler;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.discovery.ForkUnit;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.apiguardian.api.API;

/**
 * What the scheduler is told about units beyond their order: a policy per unit and the
 * {@code max-threads} of each test group. Plain data, so whatever reads the configuration
 * (per-test overrides, {@code [test-groups]}) hands it over without the scheduler knowing how.
 *
 * @param policies the policy of each unit; {@code null} answers mean {@link UnitPolicy#DEFAULT}
 * @param groupMaxThreads {@code max-threads} per group name; a group missing here is unbounded
 */
@API(status = INTERNAL, since = "0.1")
public record Scheduling(Function<ForkUnit, UnitPolicy> policies, Map<String, Integer> groupMaxThreads) {
	/** Every unit in {@code @global}, one slot, priority 0: the run as it was before groups. */
	public static final Scheduling DEFAULT = new Scheduling(unit -> UnitPolicy.DEFAULT, Map.of());

	public Scheduling {
		Objects.requireNonNull(policies, "policies");
		groupMaxThreads = Map.copyOf(groupMaxThreads);
		groupMaxThreads.forEach((group, max) -> {
			if (max < 1) {
				throw new IllegalArgumentException("max-threads of test group " + group + " must be at least 1: " + max);
			}
		});
	}

	UnitPolicy policyOf(ForkUnit unit) {
		UnitPolicy policy = policies.apply(unit);
		return policy == null ? UnitPolicy.DEFAULT : policy;
	}
}
