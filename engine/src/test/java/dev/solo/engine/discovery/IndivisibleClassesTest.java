package dev.solo.engine.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.jupiter.api.Test;

class IndivisibleClassesTest {

	@Test
	void aClassWhoseEngineSelectsMoreThanTheOneTestIsIndivisible() {
		FakeEngine engine = new FakeEngine(false);
		TestDescriptor root = engine.discover(request(), UniqueId.forEngine(engine.getId()));
		Map<UniqueId, String> found = IndivisibleClasses.find(engine, request(), root);
		UniqueId whole = root.getUniqueId().append("class", "Whole");
		UniqueId twins = root.getUniqueId().append("class", "Twins");
		assertEquals(List.of(whole, twins), List.copyOf(found.keySet()));
		assertTrue(found.get(whole).contains("Fake cannot run one of its tests alone"), found.get(whole));
		assertTrue(found.get(whole).contains("selecting 'one' selects 2 tests"), found.get(whole));
		assertTrue(found.get(twins).contains("selecting 'twin' selects 3 tests"), found.get(twins));
	}

	@Test
	void oneProbePerClassAllInOneRequestPreferringARepeatedName() {
		FakeEngine engine = new FakeEngine(false);
		TestDescriptor root = engine.discover(request(), UniqueId.forEngine(engine.getId()));
		engine.probes.set(0);
		IndivisibleClasses.find(engine, request(), root);
		assertEquals(1, engine.probes.get(), "the two classes' probes go in one request");
		assertEquals("twin[0]", engine.lastProbeOf("Twins"), "the probe takes a test whose name repeats");
	}

	@Test
	void anEngineThatSelectsExactlyNeedsNoUnitOfItsOwn() {
		FakeEngine engine = new FakeEngine(true);
		TestDescriptor root = engine.discover(request(), UniqueId.forEngine(engine.getId()));
		assertEquals(Map.of(), IndivisibleClasses.find(engine, request(), root));
	}

	private static EngineDiscoveryRequest request() {
		return LauncherDiscoveryRequestBuilder.request().build();
	}

	/**
	 * Two classes, {@code Whole} and {@code Twins} (two of whose tests share a name). Unless the
	 * engine is exact, selecting one test selects its whole class, as a JUnit 4 runner that cannot
	 * filter does.
	 */
	static final class FakeEngine implements TestEngine {
		final boolean exact;
		final AtomicInteger probes = new AtomicInteger();
		final Map<String, String> lastProbe = new java.util.HashMap<>();

		FakeEngine(boolean exact) {
			this.exact = exact;
		}

		@Override
		public String getId() {
			return "fake";
		}

		String lastProbeOf(String cls) {
			return lastProbe.get(cls);
		}

		@Override
		public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
			List<UniqueId> selected = request.getSelectorsByType(UniqueIdSelector.class).stream()
					.map(UniqueIdSelector::getUniqueId).toList();
			if (!selected.isEmpty()) {
				probes.incrementAndGet();
				selected.forEach(id -> lastProbe.put(id.getSegments().get(1).getValue(), id.getLastSegment().getValue()));
			}
			EngineDescriptor root = new EngineDescriptor(uniqueId, "Fake");
			addClass(root, "Whole", List.of("one", "two"), selected);
			addClass(root, "Twins", List.of("single", "twin[0]", "twin[1]"), selected);
			return root;
		}

		/** A class only if nothing or one of its tests is selected, as engines resolve selectors. */
		private void addClass(TestDescriptor root, String name, List<String> tests, List<UniqueId> selected) {
			UniqueId clsId = root.getUniqueId().append("class", name);
			if (!selected.isEmpty() && selected.stream().noneMatch(id -> id.hasPrefix(clsId))) {
				return;
			}
			TestDescriptor cls = new Node(clsId, name, TestDescriptor.Type.CONTAINER,
					ClassSource.from(IndivisibleClassesTest.class));
			root.addChild(cls);
			for (String test : tests) {
				UniqueId id = clsId.append("test", test);
				if (selected.isEmpty() || !exact || selected.contains(id)) {
					cls.addChild(new Node(id, test.replaceAll("\\[\\d]", ""), TestDescriptor.Type.TEST, null));
				}
			}
		}

		@Override
		public void execute(ExecutionRequest request) {
			throw new UnsupportedOperationException("discovery only");
		}
	}

	static class Node extends AbstractTestDescriptor {
		private final Type type;

		Node(UniqueId id, String name, Type type, org.junit.platform.engine.TestSource source) {
			super(id, name, source);
			this.type = type;
		}

		@Override
		public Type getType() {
			return type;
		}
	}
}
