package dev.solo.engine.discovery;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Predicate;

import org.apiguardian.api.API;
import org.junit.platform.commons.JUnitException;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.DiscoveryFilter;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.UniqueId;

/**
 * Discovers through every other engine on the class path and mirrors their trees under the
 * Solo engine descriptor.
 */
@API(status = INTERNAL, since = "0.1")
public final class DelegatingDiscovery {
	private DelegatingDiscovery() {
	}

	public static void discoverInto(TestDescriptor soloRoot, EngineDiscoveryRequest request) {
		discoverInto(soloRoot, request, DelegateRequest.of(request));
	}

	/**
	 * Discovers what {@code delegateRequest} selects through every other engine the thread's
	 * context class loader sees, mirrored under {@code parent}: the Solo root, or one module.
	 */
	public static void discoverInto(TestDescriptor parent, EngineDiscoveryRequest request,
			EngineDiscoveryRequest delegateRequest) {
		discoverWith(parent, delegateRequest, request.getConfigurationParameters(), EngineFilters.included(request));
	}

	/**
	 * Discovers what {@code delegateRequest} selects through every engine the thread's context
	 * class loader sees whose id {@code engines} accepts, mirrored under {@code parent}. It touches
	 * no launcher type, so that it also runs in a loader of a module's own Platform, which may
	 * have no launcher.
	 *
	 * @param configuration the run's configuration parameters, which say which discovery issue is critical
	 * @return the ids of the engines discovered through, whose in-process twins are not to run
	 */
	public static List<String> discoverWith(TestDescriptor parent, EngineDiscoveryRequest delegateRequest,
			ConfigurationParameters configuration, Predicate<String> engines) {
		List<TestEngine> delegates = delegates(engines);
		DiscoveryScope scope = DiscoveryScope.current();
		scope.enterDelegation();
		List<String> adopted = new ArrayList<>();
		try {
			for (TestEngine engine : delegates) {
				TestDescriptor root;
				CriticalIssues issues = CriticalIssues.of(configuration);
				try {
					root = engine.discover(issues.watching(delegateRequest), UniqueId.forEngine(engine.getId()));
				}
				catch (RuntimeException | LinkageError e) {
					// Its tests are not in the run: that must fail the list, not warn. Every engine is
					// adopted first, so that no twin runs in the host in Solo's place.
					delegates.forEach(d -> scope.adopted(d.getId()));
					throw new JUnitException("solo: engine '" + engine.getId() + "' failed to discover tests: " + e, e);
				}
				adopted.add(engine.getId());
				if (issues.found().isPresent()) {
					// Failed as a whole by the launcher, in its twin or in Solo itself: nothing of it runs.
					continue;
				}
				// What the launcher does to each engine's tree before anyone sees it: without it a class
				// template keeps its discovery-time children, prototypes that never execute themselves.
				root.accept(TestDescriptor::prune);
				if (!root.getChildren().isEmpty()) {
					Map<UniqueId, String> indivisible = IndivisibleClasses.find(engine, delegateRequest, root);
					MirrorDescriptor mirror = mirror(root, engine.getClass().getName(), indivisible,
							parent.getUniqueId());
					IterationSelections.apply(engine, delegateRequest, mirror);
					adoptChildren(parent, mirror);
				}
			}
		}
		finally {
			scope.exitDelegation();
		}
		adopted.forEach(scope::adopted);
		return adopted;
	}

	/**
	 * Discovers one module's tests under {@code parent}: its selectors, its filters on top of the
	 * request's, its configuration parameters over the request's. The caller sets the thread's
	 * context class loader to the module's.
	 */
	public static void discoverModule(TestDescriptor parent, EngineDiscoveryRequest request,
			List<DiscoverySelector> selectors, List<DiscoveryFilter<?>> filters, ConfigurationParameters configuration) {
		discoverInto(parent, request,
				DelegateRequest.of(request, selectors, filters, configuration,
						DelegateRequest.withoutInfo(request.getDiscoveryListener())));
	}

	/**
	 * Marks every engine Solo would discover through as adopted, without discovering: for a
	 * discovery that fails before it starts, so that no twin runs in-process in its place.
	 */
	public static void adoptAll(EngineDiscoveryRequest request) {
		DiscoveryScope scope = DiscoveryScope.current();
		delegates(EngineFilters.included(request)).forEach(engine -> scope.adopted(engine.getId()));
	}

	private static List<TestEngine> delegates(Predicate<String> included) {
		ClassLoader loader = Thread.currentThread().getContextClassLoader();
		if (loader == null) {
			loader = DelegatingDiscovery.class.getClassLoader();
		}
		List<TestEngine> engines = new ArrayList<>();
		for (TestEngine engine : ServiceLoader.load(TestEngine.class, loader)) {
			if (engine.getId().equals(SoloIds.ENGINE_ID)) {
				continue;
			}
			if (included.test(engine.getId())) {
				engines.add(engine);
			}
		}
		return engines;
	}

	/**
	 * The delegate engine's own root stays out of the host's tree: its children hang from
	 * {@code parent} itself, under their unchanged ids. Hosts name a test after the node just
	 * below their engine root (Surefire takes that node's class as the class of every test
	 * under it, so a {@code @Suite} class owns its scenarios and methods), and that node must be
	 * the same one with Solo as without.
	 */
	private static void adoptChildren(TestDescriptor parent, MirrorDescriptor engineRoot) {
		for (TestDescriptor child : new ArrayList<>(engineRoot.getChildren())) {
			engineRoot.removeChild(child);
			parent.addChild(child);
		}
	}

	private static MirrorDescriptor mirror(TestDescriptor original, String engineClass,
			Map<UniqueId, String> indivisible, UniqueId prefix) {
		MirrorDescriptor copy = new MirrorDescriptor(original, engineClass, prefix);
		String reason = indivisible.get(original.getUniqueId());
		if (reason != null) {
			copy.markIndivisible(reason);
		}
		for (TestDescriptor child : original.getChildren()) {
			copy.addChild(mirror(child, engineClass, indivisible, prefix));
		}
		return copy;
	}
}
