package dev.solo.engine.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UnitThreadTest {
	private final String callerName = Thread.currentThread().getName();

	@AfterEach
	void restoreName() {
		Thread.currentThread().setName(callerName);
	}

	@Test
	void theUnitRunsOnAThreadOfItsOwnNamedMainAsInAnyOtherJvmAndHasEndedWhenItReturns() throws Exception {
		Thread caller = Thread.currentThread();
		Thread[] unit = new Thread[1];
		String name = UnitThread.run(() -> {
			unit[0] = Thread.currentThread();
			return Thread.currentThread().getName();
		});
		assertEquals("main", name);
		assertFalse(unit[0] == caller, "the unit ran on the caller's thread");
		assertFalse(unit[0].isAlive());
		assertEquals(UnitThread.BOOT_NAME, caller.getName());
	}

	@Test
	void whatTheUnitThrowsIsThrownAsIs() {
		IOException failure = new IOException("no");
		assertSame(failure, assertThrows(IOException.class, () -> UnitThread.run(() -> {
			throw failure;
		})));
		AssertionError error = new AssertionError("boom");
		assertSame(error, assertThrows(AssertionError.class, () -> UnitThread.run(() -> {
			throw error;
		})));
	}
}
