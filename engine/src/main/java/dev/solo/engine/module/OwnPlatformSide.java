package dev.solo.engine.module;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.discovery.DelegatingDiscovery;
import dev.solo.engine.discovery.MirrorData;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.apiguardian.api.API;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.DiscoveryFilter;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.EngineDiscoveryListener;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.discovery.PackageNameFilter;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/**
 * The half of {@link OwnPlatformDiscovery} that runs in a loader of a module's own JUnit
 * Platform: every type it names is that Platform's. It takes and gives plain values only
 * (strings, lists, maps, predicates), the one language both Platforms share.
 */
@API(status = INTERNAL, since = "0.1")
public final class OwnPlatformSide {
	private OwnPlatformSide() {
	}

	/**
	 * Discovers a module as {@link OwnPlatformDiscovery#discover} describes it.
	 *
	 * @param input {@code prefix} (the module's id in the run), {@code selectors} (as
	 *     {@link SelectorData} writes them), {@code class-name-filters} and {@code package-name-filters}
	 *     (predicates), {@code engines} (a predicate of engine ids), {@code configuration} (a map),
	 *     {@code output-root} (a path, or absent)
	 * @return {@code children} (as {@link MirrorData} writes them), {@code issues} (each
	 *     {@code engine}, {@code severity}, {@code message}, {@code cause}) and {@code adopted} (engine ids)
	 */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> discover(Map<String, Object> input) {
		Map<String, String> configuration = (Map<String, String>) input.get("configuration");
		List<DiscoverySelector> selectors = ((List<Map<String, Object>>) input.get("selectors")).stream()
				.flatMap(s -> SelectorData.read(s).stream()).toList();
		List<DiscoveryFilter<?>> filters = new ArrayList<>();
		for (Predicate<String> included : (List<Predicate<String>>) input.get("class-name-filters")) {
			filters.add((ClassNameFilter) name -> FilterResult.includedIf(included.test(name)));
		}
		for (Predicate<String> included : (List<Predicate<String>>) input.get("package-name-filters")) {
			filters.add((PackageNameFilter) name -> FilterResult.includedIf(included.test(name)));
		}
		List<Map<String, Object>> issues = new ArrayList<>();
		EngineDiscoveryRequest request = request(selectors, filters, configuration(configuration), issues,
				(Path) input.get("output-root"));
		EngineDescriptor parent = new EngineDescriptor(UniqueId.parse((String) input.get("prefix")), "module");
		List<String> adopted = DelegatingDiscovery.discoverWith(parent, request, request.getConfigurationParameters(),
				(Predicate<String>) input.get("engines"));
		Map<String, Object> output = new LinkedHashMap<>();
		output.put("children", MirrorData.childrenOf(parent));
		output.put("issues", issues);
		output.put("adopted", adopted);
		return output;
	}

	private static EngineDiscoveryRequest request(List<DiscoverySelector> selectors, List<DiscoveryFilter<?>> filters,
			ConfigurationParameters configuration, List<Map<String, Object>> issues, Path outputRoot) {
		EngineDiscoveryListener listener = proxy(EngineDiscoveryListener.class, (proxy, method, args) -> {
			if (method.getName().equals("issueEncountered") && args != null && args.length == 2) {
				issues.add(issue(args[0], args[1]));
			}
			return null;
		});
		return proxy(EngineDiscoveryRequest.class, (proxy, method, args) -> switch (method.getName()) {
			case "getSelectorsByType" -> selectors.stream().filter(((Class<?>) args[0])::isInstance).toList();
			case "getFiltersByType" -> filters.stream().filter(((Class<?>) args[0])::isInstance).toList();
			case "getConfigurationParameters" -> configuration;
			case "getDiscoveryListener" -> listener;
			// 1.12's provider, 6.x's creator: the same two methods, read by engines as they discover.
			case "getOutputDirectoryProvider", "getOutputDirectoryCreator" -> outputDirectories(method, outputRoot);
			default -> unknown(proxy, method, args);
		});
	}

	private static ConfigurationParameters configuration(Map<String, String> values) {
		// A proxy: the interface's abstract methods differ between Platform versions (size()).
		return proxy(ConfigurationParameters.class, (proxy, method, args) -> switch (method.getName()) {
			case "get" -> args.length == 1 ? Optional.ofNullable(values.get((String) args[0]))
					: InvocationHandler.invokeDefault(proxy, method, args);
			case "getBoolean" -> Optional.ofNullable(values.get((String) args[0])).map(Boolean::parseBoolean);
			case "size" -> values.size();
			case "keySet" -> values.keySet();
			default -> unknown(proxy, method, args);
		});
	}

	private static Object outputDirectories(Method method, Path root) {
		Path base = root != null ? root : Path.of(System.getProperty("java.io.tmpdir"));
		return proxy(method.getReturnType(), (proxy, m, args) -> switch (m.getName()) {
			case "getRootDirectory" -> base;
			case "createOutputDirectory" -> Files.createDirectories(base.resolve(
					((TestDescriptor) args[0]).getUniqueId().toString().replaceAll("[^A-Za-z0-9._-]", "_")));
			default -> unknown(proxy, m, args);
		});
	}

	/** A discovery issue (Platform 1.13+) as values, read through its interface. */
	private static Map<String, Object> issue(Object engineId, Object issue) throws ReflectiveOperationException {
		Class<?> type = issueType(issue.getClass());
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("engine", engineId.toString());
		values.put("severity", String.valueOf(type.getMethod("severity").invoke(issue)));
		values.put("message", String.valueOf(type.getMethod("message").invoke(issue)));
		((Optional<?>) type.getMethod("cause").invoke(issue)).ifPresent(cause -> values.put("cause", cause));
		return values;
	}

	/** The public interface an issue's (package-private) class implements. */
	private static Class<?> issueType(Class<?> implementation) {
		for (Class<?> type : implementation.getInterfaces()) {
			if (type.getName().equals("org.junit.platform.engine.DiscoveryIssue")) {
				return type;
			}
		}
		return implementation;
	}

	private static Object unknown(Object proxy, Method method, Object[] args) throws Throwable {
		if (method.isDefault()) {
			return InvocationHandler.invokeDefault(proxy, method, args);
		}
		return switch (method.getName()) {
			case "toString" -> "solo: a module's own discovery request";
			case "hashCode" -> System.identityHashCode(proxy);
			case "equals" -> proxy == args[0];
			default -> throw new UnsupportedOperationException(method.toString());
		};
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, InvocationHandler handler) {
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
			try {
				return handler.invoke(proxy, method, args);
			}
			catch (InvocationTargetException e) {
				throw e.getCause();
			}
		});
	}
}
