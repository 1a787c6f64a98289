package dev.solo.engine.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.solo.engine.filter.Filterset;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.jupiter.api.Test;

class UnitFilterTest {

	@Test
	void testsTheFiltersetDoesNotMatchLeaveThePlan() {
		TestDescriptor root = tree();
		UnitFilter.apply(root, Filterset.parse("method(=fast) | tag(slow) & engine(junit-jupiter)")::matches);
		assertEquals(Set.of("com.example.MathTest#fast()", "com.example.MathTest#tagged()"), names(root));
	}

	@Test
	void anIndivisibleClassStaysWholeWhenOneOfItsTestsMatches() {
		TestDescriptor root = tree();
		UnitFilter.apply(root, Filterset.parse("test(=com.example.Legacy#one\\(\\))")::matches);
		assertEquals(Set.of("com.example.Legacy#one()", "com.example.Legacy#two()"), names(root));
		root = tree();
		UnitFilter.apply(root, Filterset.parse("package(com.other)")::matches);
		assertEquals(Set.of(), names(root));
	}

	@Test
	void factsNameTheClassMethodTagsAndInnermostEngine() {
		MirrorDescriptor tagged = (MirrorDescriptor) tree().findByUniqueId(
				UniqueId.parse("[engine:solo]/[engine:junit-jupiter]/[class:com.example.MathTest]/[method:tagged()]")).get();
		var facts = UnitFilter.facts(tagged);
		assertEquals("com.example.MathTest#tagged()", facts.name());
		assertEquals("com.example.MathTest", facts.className());
		assertEquals("tagged", facts.methodName());
		assertEquals(Set.of("slow", "math"), facts.tags());
		assertEquals("junit-jupiter", facts.engineId());
	}

	private static TestDescriptor tree() {
		TestDescriptor root = new EngineDescriptor(UniqueId.forEngine("solo"), "Solo");
		MirrorDescriptor jupiter = container(UniqueId.forEngine("junit-jupiter"), null, Set.of());
		MirrorDescriptor math = container(jupiter.delegateId().append("class", "com.example.MathTest"),
				ClassSource.from("com.example.MathTest"), Set.of(TestTag.create("math")));
		root.addChild(jupiter);
		jupiter.addChild(math);
		math.addChild(test(math, "fast", Set.of()));
		math.addChild(test(math, "slow", Set.of()));
		math.addChild(test(math, "tagged", Set.of(TestTag.create("slow"))));
		MirrorDescriptor vintage = container(UniqueId.forEngine("junit-vintage"), null, Set.of());
		MirrorDescriptor legacy = container(vintage.delegateId().append("runner", "com.example.Legacy"),
				ClassSource.from("com.example.Legacy"), Set.of());
		legacy.markIndivisible("cannot run one test alone");
		root.addChild(vintage);
		vintage.addChild(legacy);
		legacy.addChild(test(legacy, "one", Set.of()));
		legacy.addChild(test(legacy, "two", Set.of()));
		return root;
	}

	private static MirrorDescriptor container(UniqueId delegateId, org.junit.platform.engine.TestSource source,
			Set<TestTag> tags) {
		return new MirrorDescriptor(SoloIds.toSolo(delegateId), delegateId, delegateId.getLastSegment().getValue(),
				delegateId.getLastSegment().getValue(), TestDescriptor.Type.CONTAINER, source, tags, false, "Engine");
	}

	private static MirrorDescriptor test(MirrorDescriptor parent, String method, Set<TestTag> tags) {
		String className = ((ClassSource) parent.getSource().get()).getClassName();
		UniqueId id = parent.delegateId().append("method", method + "()");
		return new MirrorDescriptor(SoloIds.toSolo(id), id, method + "()", method + "()", TestDescriptor.Type.TEST,
				MethodSource.from(className, method, ""), tags, false, "Engine");
	}

	private static Set<String> names(TestDescriptor root) {
		return root.getDescendants().stream().filter(TestDescriptor::isTest).map(d -> ForkUnit.nameOf((MirrorDescriptor) d))
				.collect(Collectors.toSet());
	}

}
