package dev.solo.engine.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.MethodSource;

class ForkUnitNameTest {

	@Test
	void aMethodIsNamedByItsSignature() {
		assertEquals("com.example.T#add(int, int)", name(MethodSource.from("com.example.T", "add", "int, int"),
				"add(int, int)"));
		assertEquals("com.example.T#legacy()", name(MethodSource.from("com.example.T", "legacy", ""), "legacy"));
		// Jupiter's reporting name has simple parameter types; the unit keeps the source's.
		assertEquals("com.example.T#greets(int, java.lang.String)",
				name(MethodSource.from("com.example.T", "greets", "int, java.lang.String"), "greets(int, String)"));
	}

	@Test
	void aJUnit4ParameterSetKeepsTheIndexItsReportingNameGives() {
		assertEquals("com.example.T#small[0: 1]", name(MethodSource.from("com.example.T", "small", ""), "small[0: 1]"));
		assertEquals("com.example.T#small[1: 2]", name(MethodSource.from("com.example.T", "small", ""), "small[1: 2]"));
	}

	private static String name(MethodSource source, String legacyName) {
		UniqueId id = UniqueId.forEngine("e").append("test", legacyName);
		return ForkUnit.nameOf(new MirrorDescriptor(SoloIds.toSolo(UniqueId.forEngine(SoloIds.ENGINE_ID), id), id,
				legacyName, legacyName, TestDescriptor.Type.TEST, source, Set.of(), false, "Engine"));
	}
}
