package dev.solo.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.solo.engine.discovery.DiscoveryScope;
import dev.solo.engine.discovery.SoloIds;

import java.util.ArrayList;
import java.util.Optional;

import org.apiguardian.api.API;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Hides the in-process twins of the engines Solo adopted, so that no test ever runs twice and
 * none runs in the host JVM. Does nothing when Solo is off.
 *
 * <p>The twin's tree is cut at its engine root rather than excluded test by test: the launcher
 * removes only excluded leaves, one at a time, and an engine may refuse that (a JUnit 4 runner
 * that cannot filter keeps its tests and runs them anyway) or pay for each removal with a pass
 * over the whole suite. Detaching the root's children asks nothing of the engine.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SoloPostDiscoveryFilter implements PostDiscoveryFilter {
	private static final FilterResult NOT_ADOPTED = FilterResult.included("not adopted by Solo");
	// Included, since the tree is cut already: an exclusion would only make the launcher ask the
	// engine to remove the test once more, which is the work this filter exists to avoid.
	private static final FilterResult CUT = FilterResult.included("hidden with its engine's tree: runs under Solo");

	@Override
	public FilterResult apply(TestDescriptor descriptor) {
		String engine = descriptor.getUniqueId().getEngineId().orElse("");
		if (engine.equals(SoloIds.ENGINE_ID) || !DiscoveryScope.current().hides(engine)) {
			return NOT_ADOPTED;
		}
		// The launcher shows this filter each engine root first; should another filter have
		// excluded the root before this one saw it, the first descendant seen cuts the tree.
		engineRoot(descriptor).ifPresent(SoloPostDiscoveryFilter::detachChildren);
		return CUT;
	}

	/** The root this descriptor still hangs from, if that is its engine's root. */
	private static Optional<TestDescriptor> engineRoot(TestDescriptor descriptor) {
		TestDescriptor top = descriptor;
		while (top.getParent().isPresent()) {
			top = top.getParent().get();
		}
		return top.getUniqueId().getSegments().size() == 1 ? Optional.of(top) : Optional.empty();
	}

	private static void detachChildren(TestDescriptor root) {
		for (TestDescriptor child : new ArrayList<>(root.getChildren())) {
			root.removeChild(child);
		}
	}
}
