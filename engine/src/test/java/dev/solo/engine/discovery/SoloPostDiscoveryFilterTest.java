package dev.solo.engine.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.engine.SoloPostDiscoveryFilter;

import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SoloPostDiscoveryFilterTest {

	@AfterEach
	void forget() {
		DiscoveryScope.reset();
	}

	@Test
	void anAdoptedEnginesTreeIsCutAtItsRootWithoutAskingTheEngine() {
		EngineDescriptor root = twin("fake");
		DiscoveryScope.current().adopted("fake");
		new SoloPostDiscoveryFilter().apply(root);
		assertEquals(0, root.getChildren().size(), "the twin's tests are gone from the host's plan");
	}

	@Test
	void aDescendantSeenFirstCutsTheTreeToo() {
		EngineDescriptor root = twin("fake");
		TestDescriptor test = root.getChildren().iterator().next().getChildren().iterator().next();
		DiscoveryScope.current().adopted("fake");
		// Included: an exclusion would make the launcher ask the engine to remove the test.
		assertTrue(new SoloPostDiscoveryFilter().apply(test).included());
		assertEquals(0, root.getChildren().size());
	}

	@Test
	void anEngineSoloDidNotAdoptIsLeftAlone() {
		EngineDescriptor root = twin("other");
		DiscoveryScope.current().adopted("fake");
		new SoloPostDiscoveryFilter().apply(root);
		assertEquals(1, root.getChildren().size());
	}

	/** A twin whose tests refuse to be removed one by one, as a JUnit 4 runner that cannot filter. */
	private static EngineDescriptor twin(String engineId) {
		EngineDescriptor root = new EngineDescriptor(UniqueId.forEngine(engineId), engineId);
		IndivisibleClassesTest.Node cls = new IndivisibleClassesTest.Node(root.getUniqueId().append("class", "C"), "C",
				TestDescriptor.Type.CONTAINER, null);
		root.addChild(cls);
		cls.addChild(new IndivisibleClassesTest.Node(cls.getUniqueId().append("test", "t"), "t", TestDescriptor.Type.TEST,
				null) {
			@Override
			public void removeFromHierarchy() {
				throw new AssertionError("the engine was asked to drop a single test");
			}
		});
		return root;
	}
}
