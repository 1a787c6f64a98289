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

import org.junit.platform.engine.DiscoverySelector;
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
 * but that one test is indivisible. One probe per class, all discovered in one request, keeps
 * discovery linear.
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
		Map<UniqueId, TestDescriptor> probes = new LinkedHashMap<>();
		for (TestDescriptor candidate : candidates) {
			List<TestDescriptor> leaves = leaves(candidate);
			probes.put(candidate.getUniqueId(), withRepeatedName(leaves).orElse(leaves.get(0)));
		}
		Level level = JUNIT_LOGGER.getLevel();
		JUNIT_LOGGER.setLevel(Level.OFF);
		try {
			return judge(candidates, probes, probeAll(engine, request, probes));
		}
		catch (RuntimeException | LinkageError e) {
			// One class's probe broke the batch: probe each alone, so only that class pays.
			Map<UniqueId, String> indivisible = new LinkedHashMap<>();
			for (TestDescriptor candidate : candidates) {
				Map<UniqueId, TestDescriptor> one = Map.of(candidate.getUniqueId(), probes.get(candidate.getUniqueId()));
				try {
					indivisible.putAll(judge(List.of(candidate), one, probeAll(engine, request, one)));
				}
				catch (RuntimeException | LinkageError failed) {
					indivisible.put(candidate.getUniqueId(), "selecting one of its tests alone fails (" + failed + ")");
				}
			}
			return indivisible;
		}
		finally {
			JUNIT_LOGGER.setLevel(level);
		}
	}

	/**
	 * Discovers every probe in one request, which costs the engine one pass instead of one per
	 * class, and sorts what comes back by the class it belongs to.
	 */
	private static Map<UniqueId, Set<UniqueId>> probeAll(TestEngine engine, EngineDiscoveryRequest request,
			Map<UniqueId, TestDescriptor> probes) {
		List<DiscoverySelector> selectors = new ArrayList<>();
		probes.values().forEach(probe -> selectors.add(selectUniqueId(probe.getUniqueId())));
		TestDescriptor result = engine.discover(DelegateRequest.of(request, selectors), UniqueId.forEngine(engine.getId()));
		Map<UniqueId, Set<UniqueId>> found = new HashMap<>();
		for (TestDescriptor leaf : leaves(result)) {
			owner(leaf.getUniqueId(), probes.keySet())
					.ifPresent(cls -> found.computeIfAbsent(cls, k -> new LinkedHashSet<>()).add(leaf.getUniqueId()));
		}
		return found;
	}

	private static Optional<UniqueId> owner(UniqueId leaf, Set<UniqueId> classes) {
		List<UniqueId.Segment> segments = leaf.getSegments();
		UniqueId prefix = UniqueId.root(segments.get(0).getType(), segments.get(0).getValue());
		for (int i = 1; i < segments.size(); i++) {
			if (classes.contains(prefix)) {
				return Optional.of(prefix);
			}
			prefix = prefix.append(segments.get(i));
		}
		return Optional.empty();
	}

	private static Map<UniqueId, String> judge(List<TestDescriptor> candidates, Map<UniqueId, TestDescriptor> probes,
			Map<UniqueId, Set<UniqueId>> found) {
		Map<UniqueId, String> indivisible = new LinkedHashMap<>();
		for (TestDescriptor candidate : candidates) {
			TestDescriptor probe = probes.get(candidate.getUniqueId());
			Set<UniqueId> selected = found.getOrDefault(candidate.getUniqueId(), Set.of());
			if (selected.equals(Set.of(probe.getUniqueId()))) {
				continue;
			}
			String engineName = engineName(candidate);
			indivisible.put(candidate.getUniqueId(), selected.isEmpty()
					? engineName + " finds none of its tests when one is selected alone"
					: engineName + " cannot run one of its tests alone (selecting '" + probe.getDisplayName()
							+ "' selects " + selected.size() + " tests)");
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
		if (!EXACT_ENGINES.contains(SoloIds.owningEngine(node.getUniqueId())) && !leaves(node).isEmpty()) {
			candidates.add(node);
		}
		return true;
	}

	static boolean isTopLevelClass(TestDescriptor node) {
		return node.isContainer() && node.getSource().filter(ClassSource.class::isInstance).isPresent()
				&& node.getParent().flatMap(TestDescriptor::getSource).filter(ClassSource.class::isInstance).isEmpty();
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
