package dev.solo.engine.discovery;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.DiscoveryFilter;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.EngineDiscoveryListener;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.UniqueIdSelector;

/**
 * The host's discovery request as a delegate engine should see it: unique-id selectors lose
 * their {@code [engine:solo]} prefix, and discovery issues are not reported a second time
 * (the in-process twin already reports them). A dynamic proxy forwards everything else, so
 * methods added by later Platform versions keep working.
 */
final class DelegateRequest {
	private DelegateRequest() {
	}

	static EngineDiscoveryRequest of(EngineDiscoveryRequest original) {
		return of(original, translate(original.getSelectorsByType(DiscoverySelector.class)));
	}

	/** The same request with other selectors. */
	static EngineDiscoveryRequest of(EngineDiscoveryRequest original, List<DiscoverySelector> selectors) {
		return of(original, selectors, List.of(), original.getConfigurationParameters(), EngineDiscoveryListener.NOOP);
	}

	/**
	 * The request as one module's discovery sees it: the module's selectors, its own filters on
	 * top of the request's, and its configuration parameters before the request's. Discovery
	 * issues go to {@code listener}: a module's selectors reach no in-process twin that would
	 * report them, so the original listener hears them once.
	 */
	static EngineDiscoveryRequest of(EngineDiscoveryRequest original, List<DiscoverySelector> selectors,
			List<DiscoveryFilter<?>> extraFilters, ConfigurationParameters configuration,
			EngineDiscoveryListener listener) {
		return (EngineDiscoveryRequest) Proxy.newProxyInstance(EngineDiscoveryRequest.class.getClassLoader(),
				new Class<?>[] { EngineDiscoveryRequest.class }, (proxy, method, args) -> {
					switch (method.getName()) {
						case "getSelectorsByType": {
							Class<?> type = (Class<?>) args[0];
							List<Object> matching = new ArrayList<>();
							selectors.stream().filter(type::isInstance).forEach(matching::add);
							return matching;
						}
						case "getFiltersByType": {
							Class<?> type = (Class<?>) args[0];
							@SuppressWarnings({ "unchecked", "rawtypes" })
							List<Object> matching = new ArrayList<>(original.getFiltersByType((Class) type));
							extraFilters.stream().filter(type::isInstance).forEach(matching::add);
							return matching;
						}
						case "getConfigurationParameters":
							return configuration;
						case "getDiscoveryListener":
							return listener;
						case "toString":
							return "DelegateRequest[" + original + "]";
						case "hashCode":
							return System.identityHashCode(proxy);
						case "equals":
							return proxy == args[0];
						default:
							try {
								return method.invoke(original, args);
							}
							catch (InvocationTargetException e) {
								throw e.getCause();
							}
					}
				});
	}

	/**
	 * {@code listener} without the issues of severity INFO (Vintage's "deprecated", once per
	 * module): the Platform would log each after the run, where they bury its summary.
	 * Discovery issues exist from Platform 1.13 on, so they are read reflectively.
	 */
	static EngineDiscoveryListener withoutInfo(EngineDiscoveryListener listener) {
		return (EngineDiscoveryListener) Proxy.newProxyInstance(EngineDiscoveryListener.class.getClassLoader(),
				new Class<?>[] { EngineDiscoveryListener.class }, (proxy, method, args) -> {
					if (method.getName().equals("issueEncountered") && args != null && args.length == 2
							&& isInfo(method.getParameterTypes()[1], args[1])) {
						return null;
					}
					try {
						return method.invoke(listener, args);
					}
					catch (InvocationTargetException e) {
						throw e.getCause();
					}
				});
	}

	/** Through the interface: the Platform's implementation class is not public. */
	private static boolean isInfo(Class<?> issueType, Object issue) {
		try {
			return "INFO".equals(String.valueOf(issueType.getMethod("severity").invoke(issue)));
		}
		catch (ReflectiveOperationException | RuntimeException e) {
			return false;
		}
	}

	static List<DiscoverySelector> translate(List<DiscoverySelector> selectors) {
		List<DiscoverySelector> translated = new ArrayList<>(selectors.size());
		for (DiscoverySelector selector : selectors) {
			if (selector instanceof UniqueIdSelector && SoloIds.isSolo(((UniqueIdSelector) selector).getUniqueId())) {
				SoloIds.toDelegate(((UniqueIdSelector) selector).getUniqueId())
						.map(DiscoverySelectors::selectUniqueId)
						.ifPresent(translated::add);
			}
			else {
				translated.add(selector);
			}
		}
		return translated;
	}
}
