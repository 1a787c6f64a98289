package dev.solo.engine.discovery;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;

/**
 * Finds the classes whose engine cannot run one of their tests alone. A JUnit 4 runner that is
 * not {@code Filterable}, or a JUnit 3 {@code suite()} whose nested suites repeat a test's
 * description, runs every test it has whichever one is selected: a child JVM asked for one of
 * them would run them all, and so would every other child given a sibling. Such a class is
 * one unit, run whole in one JVM.
 *
 * <p>Whether an engine can is asked, not assumed: one test of each class is discovered alone,
 * preferring a test whose name repeats in the class, and a class whose probe yields anything
 * but that one test is indivisible. One probe per class keeps discovery linear.
 */
final class IndivisibleClasses {
	/** Engines that resolve a unique id to exactly the test it names; their classes need no probe. */
	private static final Set<String> EXACT_ENGINES = Set.of("junit-jupiter");

	/**
	 * Silenced during probes: what an engine logs of a probe ("does not support filtering and
	 * will therefore be run completely") is not the run's to show.
	 */
	private static final Logger JUNIT_LOGGER = Logger.getLogger("org.junit");

	private IndivisibleClasses() {
	}

	/** Ids of the indivisible classes of one delegate engine's tree, each with the reason. */
	static Map<UniqueId, String> find(TestEngine engine, EngineDiscoveryRequest request, TestDescriptor root) {
		List<TestDescriptor> candidates = new ArrayList<>();
		collectCandidates(root, candidates);
		if (candidates.isEmpty()) {
			return Map.of();
		}
		Map<UniqueId, String> indivisible = new LinkedHashMap<>();
		Level level = JUNIT_LOGGER.getLevel();
		JUNIT_LOGGER.setLevel(Level.OFF);
		try {
			for (TestDescriptor candidate : candidates) {
				probe(engine, request, candidate).ifPresent(reason -> indivisible.put(candidate.getUniqueId(), reason));
			}
		}
		finally {
			JUNIT_LOGGER.setLevel(level);
		}
		return indivisible;
	}

	/** The innermost top-level classes that an engine other than an exact one owns. */
	private static boolean collectCandidates(TestDescriptor node, List<TestDescriptor> candidates) {
		boolean below = false;
		for (TestDescriptor child : node.getChildren()) {
			below |= collectCandidates(child, candidates);
		}
		if (below || !isTopLevelClass(node)) {
			return below;
		}
		if (!EXACT_ENGINES.contains(owningEngine(node.getUniqueId())) && !leaves(node).isEmpty()) {
			candidates.add(node);
		}
		return true;
	}

	static boolean isTopLevelClass(TestDescriptor node) {
		return node.isContainer() && node.getSource().filter(ClassSource.class::isInstance).isPresent()
				&& node.getParent().flatMap(TestDescriptor::getSource).filter(ClassSource.class::isInstance).isEmpty();
	}

	/** The innermost engine of an id: under the suite engine, the engine the suite delegates to. */
	private static String owningEngine(UniqueId id) {
		String engine = "";
		for (UniqueId.Segment segment : id.getSegments()) {
			if (segment.getType().equals("engine")) {
				engine = segment.getValue();
			}
		}
		return engine;
	}

	private static Optional<String> probe(TestEngine engine, EngineDiscoveryRequest request, TestDescriptor candidate) {
		List<TestDescriptor> leaves = leaves(candidate);
		TestDescriptor probe = withRepeatedName(leaves).orElse(leaves.get(0));
		Set<UniqueId> found;
		try {
			TestDescriptor result = engine.discover(
					DelegateRequest.of(request, List.of(selectUniqueId(probe.getUniqueId()))),
					UniqueId.forEngine(engine.getId()));
			found = new LinkedHashSet<>();
			for (TestDescriptor leaf : leaves(result)) {
				found.add(leaf.getUniqueId());
			}
		}
		catch (RuntimeException | LinkageError e) {
			return Optional.of("selecting one of its tests alone fails (" + e + ")");
		}
		if (found.equals(Set.of(probe.getUniqueId()))) {
			return Optional.empty();
		}
		String engineName = engineName(candidate);
		if (found.isEmpty()) {
			return Optional.of(engineName + " finds none of its tests when one is selected alone");
		}
		return Optional.of(engineName + " cannot run one of its tests alone (selecting '" + probe.getDisplayName()
				+ "' selects " + found.size() + " tests)");
	}

	private static String engineName(TestDescriptor candidate) {
		for (Optional<TestDescriptor> p = candidate.getParent(); p.isPresent(); p = p.get().getParent()) {
			if (p.get().getUniqueId().getLastSegment().getType().equals("engine")) {
				return p.get().getDisplayName();
			}
		}
		return "its engine";
	}

	private static Optional<TestDescriptor> withRepeatedName(List<TestDescriptor> leaves) {
		Map<String, Integer> seen = new HashMap<>();
		for (TestDescriptor leaf : leaves) {
			seen.merge(leaf.getDisplayName(), 1, Integer::sum);
		}
		return leaves.stream().filter(leaf -> seen.get(leaf.getDisplayName()) > 1).findFirst();
	}

	private static List<TestDescriptor> leaves(TestDescriptor node) {
		List<TestDescriptor> leaves = new ArrayList<>();
		collectLeaves(node, leaves);
		return leaves;
	}

	private static void collectLeaves(TestDescriptor node, List<TestDescriptor> leaves) {
		if (ForkUnit.isUnit(node)) {
			leaves.add(node);
			return;
		}
		node.getChildren().forEach(child -> collectLeaves(child, leaves));
	}
}
