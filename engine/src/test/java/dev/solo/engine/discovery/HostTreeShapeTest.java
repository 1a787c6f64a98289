package dev.solo.engine.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Hosts name a test after its topmost container below the engine root: Surefire takes that
 * node's class as the class of every test under it (a {@code @Suite} class for its scenarios,
 * the outer class for {@code @Nested} ones). With Solo that node must be the same as without.
 */
class HostTreeShapeTest {
	private static final String SOLO_PREFIX = "[engine:solo]/";

	@Test
	void everyTestHasTheSameTopmostContainerAsWithoutSolo() {
		Map<String, String> without = topmostContainers(discover(false), "");
		Map<String, String> with = topmostContainers(discover(true), SOLO_PREFIX);
		assertEquals(2, without.size(), without::toString);
		assertEquals(without, with);
	}

	@Test
	void theTopmostContainerIsTheClassAHostKeysOn() {
		TestPlan plan = discover(true);
		TestIdentifier solo = plan.getRoots().stream().filter(r -> r.getUniqueId().equals("[engine:solo]"))
				.findFirst().orElseThrow();
		TestIdentifier top = plan.getChildren(solo).iterator().next();
		assertEquals(SOLO_PREFIX + "[engine:junit-jupiter]/[class:" + Shaped.class.getName() + "]", top.getUniqueId());
		assertEquals(ClassSource.from(Shaped.class), top.getSource().orElseThrow());
		assertTrue(plan.getChildren(solo).size() == 1, () -> plan.getChildren(solo).toString());
	}

	/** Each test's unique id, less {@code prefix}, to its topmost container's, less {@code prefix}. */
	private static Map<String, String> topmostContainers(TestPlan plan, String prefix) {
		Map<String, String> tops = new TreeMap<>();
		for (TestIdentifier root : plan.getRoots()) {
			for (TestIdentifier node : plan.getDescendants(root)) {
				if (!node.isTest()) {
					continue;
				}
				TestIdentifier top = node;
				while (plan.getParent(plan.getParent(top).orElseThrow()).isPresent()) {
					top = plan.getParent(top).orElseThrow();
				}
				tops.put(strip(node.getUniqueId(), prefix), strip(top.getUniqueId(), prefix));
			}
		}
		return tops;
	}

	private static String strip(String id, String prefix) {
		assertTrue(id.startsWith(prefix), id);
		return id.substring(prefix.length());
	}

	private static TestPlan discover(boolean solo) {
		return LauncherFactory.create().discover(LauncherDiscoveryRequestBuilder.request()
				.selectors(selectClass(Shaped.class))
				.configurationParameter("solo.enabled", Boolean.toString(solo))
				.build());
	}

	/** Discovered, never run: a class and a nested class, one test each. */
	static class Shaped {
		@Test
		void top() {
		}

		@Nested
		class Inner {
			@Test
			void inner() {
			}
		}
	}
}
