package dev.solo.engine.discovery;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;

class IgnoredTestsTest {

	@Test
	void aDisabledMethodClassOrEnclosingClassIsIgnored() throws NoSuchMethodException {
		assertTrue(IgnoredTests.isIgnored(method(Fixtures.class, "disabled")));
		assertFalse(IgnoredTests.isIgnored(method(Fixtures.class, "enabled")));
		assertTrue(IgnoredTests.isIgnored(method(DisabledFixtures.class, "enabled")));
		assertTrue(IgnoredTests.isIgnored(method(DisabledFixtures.Inner.class, "enabled")));
		assertTrue(IgnoredTests.isIgnored(unit(ClassSource.from(DisabledFixtures.class))));
	}

	@Test
	void aComposedAnnotationCountsAndAMissingClassDoesNot() throws NoSuchMethodException {
		assertTrue(IgnoredTests.isIgnored(method(Fixtures.class, "composed")));
		assertFalse(IgnoredTests.isIgnored(unit(MethodSource.from("no.such.Class", "test", ""))));
	}

	private static TestDescriptor method(Class<?> type, String name) throws NoSuchMethodException {
		return unit(MethodSource.from(type, type.getDeclaredMethod(name)));
	}

	private static TestDescriptor unit(TestSource source) {
		return new IndivisibleClassesTest.Node(UniqueId.forEngine("fake").append("test", "t"), "t",
				TestDescriptor.Type.TEST, source);
	}

	@Retention(RetentionPolicy.RUNTIME)
	@Disabled("composed")
	@interface Flaky {
	}

	static class Fixtures {
		@Disabled
		void disabled() {
		}

		void enabled() {
		}

		@Flaky
		void composed() {
		}
	}

	@Disabled
	static class DisabledFixtures {
		void enabled() {
		}

		class Inner {
			void enabled() {
			}
		}
	}
}
