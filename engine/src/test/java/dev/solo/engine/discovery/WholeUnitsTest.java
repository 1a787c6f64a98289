package dev.solo.engine.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.solo.engine.config.Isolation;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;

class WholeUnitsTest {
	private final UniqueId engine = UniqueId.forEngine("junit-jupiter");
	private final EngineDescriptor root = new EngineDescriptor(UniqueId.forEngine(SoloIds.ENGINE_ID), "Solo");

	@Test
	void aClassTemplateIsAUnitOfItsOwnThatSaysWhy() {
		MirrorDescriptor template = mirror(engine.append("class-template", "T"), "T",
				TestDescriptor.Type.CONTAINER, ClassSource.from("com.example.T"), true);
		MirrorDescriptor parameterized = mirror(engine.append("class", "P").append("test-template", "p(int)"),
				"p(int)", TestDescriptor.Type.CONTAINER, MethodSource.from("com.example.P", "p", "int"), true);
		root.addChild(template);
		root.addChild(parameterized);
		List<ForkUnit> units = ForkUnit.collect(root, Isolation.TEST);
		assertEquals(2, units.size());
		assertEquals(ForkUnit.CLASS_TEMPLATE, units.get(0).wholeReason().orElseThrow());
		assertEquals(java.util.Optional.empty(), units.get(1).wholeReason(), "a parameterized method is the plain case");
		assertEquals("runs as one unit, its tests in one JVM", WholeUnits.of(units).get(0).describe());
	}

	@Test
	void theWholeUnitsOfOneClassAreSaidOnceWithTheirCount() {
		ForkUnit first = whole("com.example.Params#[0]", 2, "cannot run one of its tests alone");
		ForkUnit second = whole("com.example.Params#[1]", 2, "cannot run one of its tests alone");
		ForkUnit other = whole("com.example.Other", 3, "cannot run one of its tests alone");
		ForkUnit isolated = whole("com.example.Isolated", 1, ForkUnit.WHOLE_CLASS);
		List<WholeUnits.Group> groups = WholeUnits.of(List.of(first, other, second, isolated));
		assertEquals(List.of(new WholeUnits.Group("", "com.example.Params", "cannot run one of its tests alone", 2, 4),
				new WholeUnits.Group("", "com.example.Other", "cannot run one of its tests alone", 1, 3)), groups);
		assertEquals("runs as 2 units of 4 tests in all, each unit's tests in one JVM", groups.get(0).describe());
		assertEquals("runs as one unit, its 3 tests in one JVM", groups.get(1).describe());
		assertEquals(1, WholeUnits.wholeClasses(List.of(first, isolated)));
	}

	private ForkUnit whole(String name, int tests, String reason) {
		String[] parts = name.split("#");
		UniqueId id = engine.append("class", parts[0]);
		MirrorDescriptor unit = mirror(id, parts[0], TestDescriptor.Type.CONTAINER, ClassSource.from(parts[0]), false);
		MirrorDescriptor named = unit;
		if (parts.length > 1) {
			named = mirror(id.append("set", parts[1]), parts[1], TestDescriptor.Type.CONTAINER, null, false);
			unit.addChild(named);
		}
		for (int i = 0; i < tests; i++) {
			named.addChild(mirror(named.delegateId().append("test", "t" + i), "t" + i, TestDescriptor.Type.TEST, null,
					false));
		}
		return new ForkUnit(named, List.of(), reason);
	}

	private MirrorDescriptor mirror(UniqueId delegateId, String name, TestDescriptor.Type type, TestSource source,
			boolean mayRegisterTests) {
		return new MirrorDescriptor(SoloIds.toSolo(root.getUniqueId(), delegateId), delegateId, name, name, type,
				source, Set.of(), mayRegisterTests, "Engine");
	}
}
