package dev.solo.engine.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;

/** Every selector kind the Platform has had since 1.10 crosses to a module's own Platform unchanged. */
class SelectorDataTest {
	@Test
	void everySelectorKindCrossesUnchanged(@TempDir Path root) {
		List<DiscoverySelector> selectors = List.of(selectClasspathRoots(Set.of(root)).get(0), selectClass("a.B"),
				selectNestedClass(List.of("a.B"), "a.B$C"), selectMethod("a.B", "m", "int, java.lang.String"),
				selectNestedMethod(List.of("a.B"), "a.B$C", "n", ""), selectPackage("a"),
				selectUniqueId("[engine:junit-jupiter]/[class:a.B]"), selectModule("a.module"), selectFile("x/y.txt"),
				selectDirectory("x"), selectClasspathResource("features/a.feature"), selectUri("https://example.org/x"),
				selectIteration(selectMethod("a.B", "p", "int"), 0, 2));
		for (DiscoverySelector selector : selectors) {
			assertEquals(List.of(selector), SelectorData.read(SelectorData.write(selector).orElseThrow()),
					selector.toString());
		}
	}

	@Test
	void aSelectorOfAnEnginesOwnKindDoesNotCross() {
		DiscoverySelector own = new DiscoverySelector() {
		};
		assertTrue(SelectorData.write(own).isEmpty());
		assertTrue(SelectorData.write(selectIteration(own, 1)).isEmpty());
	}
}
