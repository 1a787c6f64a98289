package dev.solo.engine.module;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apiguardian.api.API;
import org.junit.platform.engine.DiscoveryFilter;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * One module of a multi-module run (nextest's "test binary"; a Maven module here): its test
 * class path, working directory and test JVM settings, and what to discover in it. The
 * {@code solo} command line puts one per module into a single discovery request, so that
 * every module's tests share one schedule; other engines do not know this selector and ignore it.
 *
 * @param name unique in the run; the {@code [module:…]} segment of its tests' unique ids
 * @param directory the tests' working directory (Surefire's {@code workingDirectory})
 * @param classPath the module's whole test class path, in order, as its tests see it
 * @param selectors what to discover, resolved in the module's class loader
 * @param filters class-name filters of the module's own (Surefire's includes and excludes)
 * @param postFilters filters on its discovered tests (Surefire's {@code groups} and {@code excludedGroups})
 * @param jvmArgs JVM options of its test JVMs (Surefire's {@code argLine} and system properties)
 * @param environment environment variables of its test JVMs
 * @param configuration JUnit configuration parameters of the module's own
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.solo.launcher")
public record ModuleSelector(String name, Path directory, List<Path> classPath, List<DiscoverySelector> selectors,
		List<DiscoveryFilter<?>> filters, List<PostDiscoveryFilter> postFilters, List<String> jvmArgs, Map<String, String> environment,
		Map<String, String> configuration) implements DiscoverySelector {

	public ModuleSelector {
		classPath = List.copyOf(classPath);
		selectors = List.copyOf(selectors);
		filters = List.copyOf(filters);
		postFilters = List.copyOf(postFilters);
		jvmArgs = List.copyOf(jvmArgs);
		environment = Map.copyOf(environment);
		configuration = Map.copyOf(configuration);
	}

	@Override
	public String toString() {
		return "module " + name;
	}
}
