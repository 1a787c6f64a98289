package dev.solo.engine.module;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectIteration;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectModule;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectNestedClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectNestedMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUri;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.ClasspathResourceSelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.IterationSelector;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.discovery.NestedClassSelector;
import org.junit.platform.engine.discovery.NestedMethodSelector;
import org.junit.platform.engine.discovery.PackageSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.discovery.UriSelector;

/**
 * A discovery selector as plain values and back, from the run's Platform to a module's own.
 * Every selector the Platform has had since 1.10 (the oldest Solo runs on) crosses; only the
 * factories and getters of 1.10 are used on either side. A selector of another kind (an
 * engine's own) cannot cross, and says so.
 */
final class SelectorData {
	private SelectorData() {
	}

	/** {@code selector} as values; empty when it is of a kind that cannot cross. */
	static Optional<Map<String, Object>> write(DiscoverySelector selector) {
		Map<String, Object> data = new LinkedHashMap<>();
		if (selector instanceof ClasspathRootSelector root) {
			data.put("kind", "classpath-root");
			data.put("value", root.getClasspathRoot().toString());
		}
		else if (selector instanceof ClassSelector type) {
			data.put("kind", "class");
			data.put("value", type.getClassName());
		}
		else if (selector instanceof NestedClassSelector nested) {
			data.put("kind", "nested-class");
			data.put("enclosing", List.copyOf(nested.getEnclosingClassNames()));
			data.put("value", nested.getNestedClassName());
		}
		else if (selector instanceof MethodSelector method) {
			data.put("kind", "method");
			data.put("class", method.getClassName());
			data.put("value", method.getMethodName());
			data.put("parameters", method.getParameterTypeNames());
		}
		else if (selector instanceof NestedMethodSelector method) {
			data.put("kind", "nested-method");
			data.put("enclosing", List.copyOf(method.getEnclosingClassNames()));
			data.put("class", method.getNestedClassName());
			data.put("value", method.getMethodName());
			data.put("parameters", method.getParameterTypeNames());
		}
		else if (selector instanceof PackageSelector pkg) {
			data.put("kind", "package");
			data.put("value", pkg.getPackageName());
		}
		else if (selector instanceof UniqueIdSelector id) {
			data.put("kind", "unique-id");
			data.put("value", id.getUniqueId().toString());
		}
		else if (selector instanceof org.junit.platform.engine.discovery.ModuleSelector module) {
			data.put("kind", "module");
			data.put("value", module.getModuleName());
		}
		else if (selector instanceof FileSelector file) {
			data.put("kind", "file");
			data.put("value", file.getRawPath());
		}
		else if (selector instanceof DirectorySelector directory) {
			data.put("kind", "directory");
			data.put("value", directory.getRawPath());
		}
		else if (selector instanceof ClasspathResourceSelector resource) {
			data.put("kind", "classpath-resource");
			data.put("value", resource.getClasspathResourceName());
		}
		else if (selector instanceof UriSelector uri) {
			data.put("kind", "uri");
			data.put("value", uri.getUri().toString());
		}
		else if (selector instanceof IterationSelector iteration) {
			Optional<Map<String, Object>> parent = write(iteration.getParentSelector());
			if (parent.isEmpty()) {
				return Optional.empty();
			}
			data.put("kind", "iteration");
			data.put("parent", parent.get());
			data.put("value", new ArrayList<>(iteration.getIterationIndices()));
		}
		else {
			return Optional.empty();
		}
		return Optional.of(data);
	}

	/** The selectors {@code data} describes, in the Platform this class was loaded with. */
	@SuppressWarnings("unchecked")
	static List<DiscoverySelector> read(Map<String, Object> data) {
		String value = data.get("value") instanceof String s ? s : null;
		return switch ((String) data.get("kind")) {
			// As the run selected it: a root that does not exist is left out, as selectClasspathRoots does.
			case "classpath-root" -> List.copyOf(selectClasspathRoots(Set.of(Path.of(java.net.URI.create(value)))));
			case "class" -> List.of(selectClass(value));
			case "nested-class" -> List.of(selectNestedClass((List<String>) data.get("enclosing"), value));
			case "method" -> List.of(selectMethod((String) data.get("class"), value, (String) data.get("parameters")));
			case "nested-method" -> List.of(selectNestedMethod((List<String>) data.get("enclosing"),
					(String) data.get("class"), value, (String) data.get("parameters")));
			case "package" -> List.of(selectPackage(value));
			case "unique-id" -> List.of(selectUniqueId(value));
			case "module" -> List.of(selectModule(value));
			case "file" -> List.of(selectFile(value));
			case "directory" -> List.of(selectDirectory(value));
			case "classpath-resource" -> List.of(selectClasspathResource(value));
			case "uri" -> List.of(selectUri(value));
			case "iteration" -> read((Map<String, Object>) data.get("parent")).stream()
					.map(parent -> (DiscoverySelector) selectIteration(parent,
							((List<Integer>) data.get("value")).stream().mapToInt(Integer::intValue).toArray()))
					.toList();
			default -> throw new IllegalArgumentException("solo: a selector of kind " + data.get("kind"));
		};
	}
}
