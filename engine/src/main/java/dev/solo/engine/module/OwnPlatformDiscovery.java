package dev.solo.engine.module;

import dev.solo.engine.discovery.DiscoveryScope;
import dev.solo.engine.discovery.EngineFilters;
import dev.solo.engine.discovery.MirrorData;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.junit.platform.commons.JUnitException;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.DiscoveryFilter;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.discovery.PackageNameFilter;

/**
 * Discovers a module that is on another JUnit Platform than the run (a reactor whose modules
 * declare different JUnit versions) on its own Platform: in a class loader of the module's whole
 * test class path and Solo's engine, below the JDK alone, as the module's own host would. Its
 * tree comes back as plain values ({@link OwnPlatformSide}) and becomes the run's descriptors, so
 * that one schedule, one report and one record hold every module. Its tests' JVMs need nothing
 * of this: they run on the module's class path, hence on its Platform, whatever the run's is.
 */
final class OwnPlatformDiscovery {
	private static final String SIDE = "dev.solo.engine.module.OwnPlatformSide";

	private OwnPlatformDiscovery() {
	}

	static void discover(TestDescriptor parent, EngineDiscoveryRequest request, ModuleSelector module,
			ConfigurationParameters configuration) {
		String platform = ModulePlatform.of(module.classPath()).orElse("?");
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("prefix", parent.getUniqueId().toString());
		input.put("selectors", selectors(module, platform));
		List<Predicate<String>> classNames = new ArrayList<>();
		List<Predicate<String>> packageNames = new ArrayList<>();
		List<Object> filters = new ArrayList<>(request.getFiltersByType(DiscoveryFilter.class));
		filters.addAll(module.filters());
		for (Object filter : filters) {
			if (filter instanceof ClassNameFilter names) {
				classNames.add(name -> names.apply(name).included());
			}
			else if (filter instanceof PackageNameFilter names) {
				packageNames.add(name -> names.apply(name).included());
			}
			else {
				throw new JUnitException("solo: module " + module.name() + " is on JUnit Platform " + platform
						+ ", and the filter " + filter + " cannot be passed to it: run it on its own (--maven DIR)");
			}
		}
		input.put("class-name-filters", classNames);
		input.put("package-name-filters", packageNames);
		input.put("engines", EngineFilters.included(request));
		Map<String, String> values = new LinkedHashMap<>();
		configuration.keySet().forEach(key -> configuration.get(key).ifPresent(v -> values.put(key, v)));
		input.put("configuration", values);
		outputRoot(request).ifPresent(root -> input.put("output-root", root));
		Map<String, Object> output = run(module, platform, input);
		MirrorData.addChildren(parent, list(output.get("children")));
		DiscoveryIssues.forward(request.getDiscoveryListener(), list(output.get("issues")), configuration,
				module.name(), platform);
		List<String> adopted = list(output.get("adopted"));
		adopted.forEach(DiscoveryScope.current()::adopted);
	}

	private static List<Map<String, Object>> selectors(ModuleSelector module, String platform) {
		List<Map<String, Object>> selectors = new ArrayList<>();
		for (DiscoverySelector selector : module.selectors()) {
			selectors.add(SelectorData.write(selector).orElseThrow(() -> new JUnitException("solo: module "
					+ module.name() + " is on JUnit Platform " + platform + ", and the selector " + selector
					+ " cannot be passed to it: run it on its own (--maven DIR)")));
		}
		return selectors;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> run(ModuleSelector module, String platform, Map<String, Object> input) {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		try (URLClassLoader loader = new URLClassLoader("solo-own-platform-" + module.name(), urls(module),
				ClassLoader.getPlatformClassLoader())) {
			thread.setContextClassLoader(loader);
			return (Map<String, Object>) Class.forName(SIDE, true, loader).getMethod("discover", Map.class)
					.invoke(null, input);
		}
		catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			throw new JUnitException("solo: module " + module.name() + " (JUnit Platform " + platform + "): "
					+ cause.getMessage(), cause);
		}
		catch (ReflectiveOperationException | IOException | LinkageError e) {
			throw new JUnitException("solo: module " + module.name() + " cannot be discovered on its own JUnit Platform "
					+ platform + ": " + e, e);
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	/** Solo's engine first (not a copy the module may depend on), then the module's class path. */
	private static URL[] urls(ModuleSelector module) throws MalformedURLException {
		List<URL> urls = new ArrayList<>();
		urls.add(engineLocation().toUri().toURL());
		for (Path entry : module.classPath()) {
			if (Files.exists(entry) && !SoloEngineJar.in(entry)) {
				urls.add(entry.toUri().toURL());
			}
		}
		return urls.toArray(new URL[0]);
	}

	private static Path engineLocation() {
		try {
			return Path.of(OwnPlatformDiscovery.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Where the run's engines write their output files (1.12+'s provider, 6.x's creator), read by name. */
	private static Optional<Path> outputRoot(EngineDiscoveryRequest request) {
		for (String getter : List.of("getOutputDirectoryCreator", "getOutputDirectoryProvider")) {
			try {
				java.lang.reflect.Method get = EngineDiscoveryRequest.class.getMethod(getter);
				Object directories = get.invoke(request);
				return Optional.of((Path) get.getReturnType().getMethod("getRootDirectory").invoke(directories));
			}
			catch (ReflectiveOperationException | RuntimeException e) {
				// not on this Platform, or the request has none: the next, or the default
			}
		}
		return Optional.empty();
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> list(Object value) {
		return (List<T>) value;
	}
}
