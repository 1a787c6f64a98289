package dev.solo.engine.partition;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Objects;

import org.apiguardian.api.API;

/** The tests a {@link Partition} runs, those it leaves out, and the reason to report for the latter. */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record Selection<T>(List<T> included, List<T> excluded, String reason) {

	public Selection {
		included = List.copyOf(included);
		excluded = List.copyOf(excluded);
		Objects.requireNonNull(reason, "reason");
	}
}
