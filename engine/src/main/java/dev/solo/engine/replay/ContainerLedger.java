package dev.solo.engine.replay;

import dev.solo.engine.discovery.ForkUnit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;

/**
 * Keeps the host's view of containers valid while units finish in any order: a container
 * starts just before its first reported child and finishes right after its last unit, with
 * the first failure or skip any child JVM reported for it.
 */
final class ContainerLedger {
	private final Map<TestDescriptor, Integer> remaining = new HashMap<>();
	private final Set<TestDescriptor> started = new HashSet<>();
	private final Set<TestDescriptor> finished = new HashSet<>();
	private final Map<TestDescriptor, Object> outcomes = new LinkedHashMap<>();

	ContainerLedger(Iterable<ForkUnit> units) {
		for (ForkUnit unit : units) {
			for (Optional<TestDescriptor> p = unit.descriptor().getParent(); p.isPresent(); p = p.get().getParent()) {
				// Every container but the engine's own root, which the host starts: a module's too.
				if (!p.get().isRoot()) {
					remaining.merge(p.get(), 1, Integer::sum);
				}
			}
		}
	}

	boolean isStarted(TestDescriptor container) {
		return container.isRoot() || started.contains(container);
	}

	void markStarted(TestDescriptor container) {
		started.add(container);
	}

	/** Remembers a container-level skip ({@code String} reason) or non-successful result; the first one wins. */
	void record(TestDescriptor container, Object skipReasonOrResult) {
		if (skipReasonOrResult instanceof TestExecutionResult
				&& outcomes.get(container) instanceof TestExecutionResult existing
				&& existing.getStatus() == TestExecutionResult.Status.FAILED) {
			return;
		}
		outcomes.putIfAbsent(container, skipReasonOrResult);
	}

	Object outcome(TestDescriptor container) {
		return outcomes.get(container);
	}

	/** Counts one unit done; returns true when the container has no unit left. */
	boolean unitDone(TestDescriptor container) {
		return remaining.merge(container, -1, Integer::sum) <= 0;
	}

	boolean markFinished(TestDescriptor container) {
		return finished.add(container);
	}

	Set<TestDescriptor> unfinished() {
		Set<TestDescriptor> open = new HashSet<>(remaining.keySet());
		open.removeAll(finished);
		return open;
	}
}
