package dev.solo.launcher.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SelectorTextTest {
	@Test
	void theKindIsBeforeTheFirstColonAndTheValueKeepsTheRest() {
		String root = SelectorText.of(SelectorText.CLASSPATH_ROOT, "C:\\build\\test-classes");
		assertEquals("classpath-root:C:\\build\\test-classes", root);
		assertEquals(SelectorText.CLASSPATH_ROOT, SelectorText.kind(root));
		assertEquals("C:\\build\\test-classes", SelectorText.value(root));
		assertEquals("com.x.FooTest#m(java.lang.String)", SelectorText.value("method:com.x.FooTest#m(java.lang.String)"));
	}

	@Test
	void onlyARootsPathIsMapped() {
		assertEquals("classpath-root:/here/x", SelectorText.mapPath("classpath-root:/build/x", p -> "/here/x"));
		assertEquals("class:com.x.FooTest", SelectorText.mapPath("class:com.x.FooTest", p -> "/here/x"));
	}

	@Test
	void anUnknownKindIsRefusedNotSkipped() {
		assertThrows(IllegalArgumentException.class, () -> SelectorText.kind("uri:file:///x"));
		assertThrows(IllegalArgumentException.class, () -> SelectorText.kind("com.x.FooTest"));
		assertThrows(IllegalArgumentException.class, () -> SelectorText.of("module", "x"));
	}
}
