package dev.solo.engine.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

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
	@EnabledOnOs(OS.LINUX)
	void whenItReturnsTheKernelNoLongerListsTheUnitsThreadSoWhatItStartedIsTheFirstThreads() throws Exception {
		Path task = UnitThread.run(() -> UnitThread.ownTask().orElseThrow());
		assertTrue(task.startsWith("/proc/self/task"), task::toString);
		assertFalse(Files.exists(task), () -> task + " is still listed");
		assertTrue(Files.exists(UnitThread.ownTask().orElseThrow()), "the caller's own folder is where it says");
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
