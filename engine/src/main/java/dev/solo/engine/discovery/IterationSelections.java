package dev.solo.engine.discovery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.IterationSelector;

/**
 * An iteration selector ({@code --select-iteration}) narrows a parameterized or repeated test
 * to some invocations, but the descriptor it yields is the whole container: the narrowing lives
 * inside the engine. To carry it into the child, each iteration selector is discovered on its
 * own to learn which unit it names, and that unit remembers the indexes. A unit that another
 * selector selects whole stays whole.
 */
final class IterationSelections {
	private IterationSelections() {
	}

	static void apply(TestEngine engine, EngineDiscoveryRequest request, MirrorDescriptor mirroredRoot) {
		List<DiscoverySelector> all = DelegateRequest.translate(request.getSelectorsByType(DiscoverySelector.class));
		List<IterationSelector> iterations = new ArrayList<>();
		List<DiscoverySelector> others = new ArrayList<>();
		for (DiscoverySelector selector : all) {
			if (selector instanceof IterationSelector) {
				iterations.add((IterationSelector) selector);
			}
			else {
				others.add(selector);
			}
		}
		if (iterations.isEmpty()) {
			return;
		}
		Set<UniqueId> whole = others.isEmpty() ? Set.of() : unitIds(engine, request, others);
		for (IterationSelector selector : iterations) {
			List<Integer> indexes = new ArrayList<>(selector.getIterationIndices());
			for (UniqueId id : unitIds(engine, request, List.of(selector))) {
				if (whole.contains(id)) {
					continue;
				}
				mirroredRoot.findByUniqueId(mirroredRoot.soloIdOf(id))
						.filter(MirrorDescriptor.class::isInstance)
						.map(MirrorDescriptor.class::cast)
						.ifPresent(unit -> {
							List<Integer> merged = new ArrayList<>(unit.iterations());
							indexes.stream().filter(i -> !merged.contains(i)).forEach(merged::add);
							unit.restrictToIterations(merged);
						});
			}
		}
	}

	private static Set<UniqueId> unitIds(TestEngine engine, EngineDiscoveryRequest request,
			List<DiscoverySelector> selectors) {
		TestDescriptor root = engine.discover(DelegateRequest.of(request, selectors),
				UniqueId.forEngine(engine.getId()));
		Set<UniqueId> ids = new HashSet<>();
		collect(root, ids);
		return ids;
	}

	private static void collect(TestDescriptor node, Set<UniqueId> ids) {
		if (ForkUnit.isUnit(node)) {
			ids.add(node.getUniqueId());
			return;
		}
		node.getChildren().forEach(child -> collect(child, ids));
	}
}
