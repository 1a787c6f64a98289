package dev.solo.engine.partition;

import java.util.List;
import java.util.Objects;

/** The tests a {@link Partition} runs, those it leaves out, and the reason to report for the latter. */
public record Selection<T>(List<T> included, List<T> excluded, String reason) {

	public Selection {
		included = List.copyOf(included);
		excluded = List.copyOf(excluded);
		Objects.requireNonNull(reason, "reason");
	}
}
