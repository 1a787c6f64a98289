package dev.solo.engine.module;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.solo.engine.discovery.DelegatingDiscovery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.apiguardian.api.API;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Discovers each module of a multi-module run in a class loader of its own, every module's
 * tree under one Solo root so that one scheduler runs them all.
 */
@API(status = INTERNAL, since = "0.1")
public final class ModuleDiscovery {
	private static final String PROPERTIES = "junit-platform.properties";

	private ModuleDiscovery() {
	}

	/**
	 * Discovers every module under {@code soloRoot}, each under a {@code [module:…]} of its own;
	 * the one module of a class-path run (an empty name) goes straight under the root, so its
	 * tests keep the ids they have in any other host.
	 *
	 * @return the descriptor of that class-path module, not in the tree; empty for named modules
	 */
	public static Optional<ModuleDescriptor> discoverInto(TestDescriptor soloRoot, EngineDiscoveryRequest request,
			List<ModuleSelector> modules) {
		Optional<ModuleDescriptor> classPathModule = Optional.empty();
		ClassLoader previous = Thread.currentThread().getContextClassLoader();
		ClassLoader parent = ModuleDiscovery.class.getClassLoader();
		try {
			for (ModuleSelector module : modules) {
				ModuleClassLoader loader = ModuleClassLoader.of(module, parent);
				Thread.currentThread().setContextClassLoader(loader);
				ModuleDescriptor descriptor = new ModuleDescriptor(soloRoot.getUniqueId(), module, loader);
				boolean anonymous = module.name().isEmpty();
				Map<String, String> configuration = new LinkedHashMap<>(ownProperties(loader));
				configuration.putAll(module.configuration());
				ModuleConfiguration parameters = new ModuleConfiguration(request.getConfigurationParameters(),
						configuration);
				if (ModulePlatform.differs(module.classPath())) {
					OwnPlatformDiscovery.discover(anonymous ? soloRoot : descriptor, request, module, parameters);
				}
				else {
					DelegatingDiscovery.discoverModule(anonymous ? soloRoot : descriptor, request, module.selectors(),
							module.filters(), parameters);
				}
				applyPostFilters(anonymous ? soloRoot : descriptor, module.postFilters());
				if (anonymous) {
					classPathModule = Optional.of(descriptor);
				}
				else if (!descriptor.getChildren().isEmpty()) {
					soloRoot.addChild(descriptor);
				}
			}
		}
		finally {
			Thread.currentThread().setContextClassLoader(previous);
		}
		return classPathModule;
	}

	/**
	 * Drops the tests a module's own post-discovery filters exclude, then the containers left
	 * empty, as the launcher does with a request's filters.
	 */
	private static void applyPostFilters(TestDescriptor parent, List<PostDiscoveryFilter> filters) {
		if (filters.isEmpty()) {
			return;
		}
		List<TestDescriptor> excluded = new ArrayList<>();
		parent.accept(d -> {
			boolean leaf = d.isTest() || (d.mayRegisterTests() && d.getChildren().isEmpty());
			if (d != parent && leaf && filters.stream().anyMatch(f -> f.apply(d).excluded())) {
				excluded.add(d);
			}
		});
		excluded.forEach(TestDescriptor::removeFromHierarchy);
		List<TestDescriptor> empty = new ArrayList<>();
		parent.accept(d -> {
			if (d != parent && d.isContainer() && !d.mayRegisterTests() && !hasTests(d)) {
				empty.add(d);
			}
		});
		empty.forEach(TestDescriptor::removeFromHierarchy);
	}

	private static boolean hasTests(TestDescriptor container) {
		return container.getDescendants().stream().anyMatch(d -> d.isTest() || d.mayRegisterTests());
	}

	/**
	 * The module's own {@code junit-platform.properties}, as the Platform would read it in a
	 * host on that class path: the first on the module's class path, never the parent's.
	 */
	private static Map<String, String> ownProperties(ModuleClassLoader loader) {
		URL resource = loader.findResource(PROPERTIES);
		Map<String, String> values = new LinkedHashMap<>();
		if (resource == null) {
			return values;
		}
		Properties properties = new Properties();
		try (InputStream in = resource.openStream()) {
			properties.load(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException("solo: cannot read " + resource, e);
		}
		properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
		return values;
	}
}
