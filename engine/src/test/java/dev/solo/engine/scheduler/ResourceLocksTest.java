package dev.solo.engine.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;

class ResourceLocksTest {
	private final ResourceLocks locks = ResourceLocks.in(getClass().getClassLoader());

	@Test
	void aClassLockAppliesToEachOfItsMethodsAndMethodLocksAddToIt() {
		assertEquals(claim(Map.of("db", true)), locks.of(method(LockedClass.class, "plain")));
		assertEquals(claim(Map.of("db", true, "files", false)), locks.of(method(LockedClass.class, "reads")));
	}

	@Test
	void repeatedLocksAndReadWins() {
		assertEquals(claim(Map.of("a", false, "b", true)), locks.of(method(Unlocked.class, "two")));
		assertEquals(LockClaim.NONE, locks.of(method(Unlocked.class, "none")));
	}

	@Test
	void aNestedClassHoldsTheLocksOfTheClassesAroundIt() {
		assertEquals(claim(Map.of("db", true, "inner", true)), locks.of(method(LockedClass.Inner.class, "test")));
	}

	@Test
	void aWholeClassUnitHoldsEveryLockInsideIt() {
		assertEquals(claim(Map.of("db", true, "files", false, "inner", true)), locks.of(cls(LockedClass.class)));
	}

	@Test
	void composedAnnotationsCount() {
		assertEquals(claim(Map.of("network", true)), locks.of(method(Unlocked.class, "composed")));
	}

	@Test
	void isolatedOnTheClass() {
		LockClaim claim = locks.of(method(IsolatedClass.class, "test"));
		assertTrue(claim.isolated());
		assertTrue(claim.conflictsWith(LockClaim.NONE));
	}

	@Test
	void aClassThatCannotBeLoadedOrAHostWithoutJupiterLocksNothing() {
		assertEquals(LockClaim.NONE, locks.of(Optional.of(ClassSource.from("com.example.Missing"))));
		ResourceLocks noJupiter = ResourceLocks.in(new URLClassLoader(new URL[0], null));
		assertEquals(LockClaim.NONE, noJupiter.of(method(LockedClass.class, "plain")));
		assertEquals(LockClaim.NONE, locks.of(Optional.empty()));
	}

	@Test
	void readWithReadMayRunTogetherAnythingWithAWriteMayNot() {
		LockClaim readA = claim(Map.of("a", false));
		LockClaim writeA = claim(Map.of("a", true));
		LockClaim writeB = claim(Map.of("b", true));
		assertFalse(readA.conflictsWith(readA));
		assertTrue(readA.conflictsWith(writeA));
		assertTrue(writeA.conflictsWith(readA));
		assertTrue(writeA.conflictsWith(writeA));
		assertFalse(writeA.conflictsWith(writeB));
		assertFalse(writeA.conflictsWith(LockClaim.NONE));
		assertTrue(new LockClaim(true, Map.of()).conflictsWith(LockClaim.NONE));
		assertTrue(LockClaim.NONE.conflictsWith(new LockClaim(true, Map.of())));
	}

	private static LockClaim claim(Map<String, Boolean> keys) {
		return new LockClaim(false, keys);
	}

	private static Optional<TestSource> method(Class<?> type, String name) {
		return Optional.of(MethodSource.from(type.getName(), name, ""));
	}

	private static Optional<TestSource> cls(Class<?> type) {
		return Optional.of(ClassSource.from(type));
	}

	@ResourceLock("db")
	static class LockedClass {
		void plain() {
		}

		@ResourceLock(value = "files", mode = ResourceAccessMode.READ)
		void reads() {
		}

		@Nested
		@ResourceLock("inner")
		class Inner {
			void test() {
			}
		}
	}

	static class Unlocked {
		@ResourceLock(value = "a", mode = ResourceAccessMode.READ)
		@ResourceLock(value = "b", mode = ResourceAccessMode.READ)
		@ResourceLock(value = "b", mode = ResourceAccessMode.READ_WRITE)
		void two() {
		}

		void none() {
		}

		@NeedsNetwork
		void composed() {
		}
	}

	@Isolated
	static class IsolatedClass {
		void test() {
		}
	}

	@Retention(RetentionPolicy.RUNTIME)
	@ResourceLock("network")
	@interface NeedsNetwork {
	}
}
