package dev.solo.launcher.merge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlaceholderExpansionTest {

	@Test
	void aUnitCoversItsInvocationsAndDynamicTests() {
		TestKey unit = new TestKey("com.example.MediumTest", "importsABatch(int)");
		assertTrue(PlaceholderExpansion.covers(unit, new TestKey("com.example.MediumTest", "importsABatch(int)[4]")));
		assertTrue(PlaceholderExpansion.covers(new TestKey("com.example.F", "factory()"),
				new TestKey("com.example.F", "factory()[2][1]")));
		assertFalse(PlaceholderExpansion.covers(unit, new TestKey("com.example.MediumTest", "importsABatchTwice(int)[1]")));
		assertFalse(PlaceholderExpansion.covers(unit, new TestKey("com.example.Other", "importsABatch(int)[1]")));
	}

	@Test
	void aWholeClassCoversItsTestsAndItsNestedClasses() {
		TestKey template = new TestKey("com.example.TemplateTest", "TemplateTest");
		assertTrue(PlaceholderExpansion.covers(template, new TestKey("com.example.TemplateTest", "first()[1]")));
		assertTrue(PlaceholderExpansion.covers(template, new TestKey("com.example.TemplateTest$Inner", "nested()[2]")));
		assertFalse(PlaceholderExpansion.covers(template, new TestKey("com.example.TemplateTestTwo", "first()[1]")));
	}
}
