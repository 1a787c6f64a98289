package dev.solo.engine.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryBudgetTest {
	private static final long MB = 1L << 20;

	@Test
	void jvmsStartWhileTheirPeaksFitTogether() {
		MemoryBudget budget = new MemoryBudget(900 * MB);
		assertTrue(budget.fits(400 * MB));
		budget.reserve(400 * MB);
		assertTrue(budget.fits(400 * MB));
		budget.reserve(400 * MB);
		assertFalse(budget.fits(400 * MB), "a third would take 1200 MB of 900");
		assertTrue(budget.fits(0), "nothing known of it: it takes none of the budget");
		budget.release(400 * MB);
		assertTrue(budget.fits(400 * MB));
		assertEquals(400 * MB, budget.reserved());
	}

	@Test
	void aJvmOverTheBudgetWaitsForNoneToRunAndNothingStartsBesideIt() {
		MemoryBudget budget = new MemoryBudget(900 * MB);
		budget.reserve(0);
		assertFalse(budget.fits(2048 * MB), "one JVM runs, even one of unknown size");
		budget.release(0);
		assertTrue(budget.fits(2048 * MB));
		budget.reserve(2048 * MB);
		assertFalse(budget.fits(0));
		assertFalse(budget.fits(MB));
		budget.release(2048 * MB);
		assertTrue(budget.fits(MB));
		assertEquals(0, budget.holders());
	}

	@Test
	void withoutABudgetEverythingFits() {
		MemoryBudget none = MemoryBudget.unlimited();
		none.reserve(Long.MAX_VALUE / 2);
		assertTrue(none.fits(Long.MAX_VALUE / 2));
		assertFalse(none.exceeds(Long.MAX_VALUE / 2));
	}

	@Test
	void theMarginLeavesATenthAndAtLeastHalfAGibibyte() {
		assertEquals(8L * 1024 * MB - 8L * 1024 * MB / 10, MachineMemory.lessMargin(8L * 1024 * MB));
		assertEquals(2048 * MB - 512 * MB, MachineMemory.lessMargin(2048 * MB));
		assertEquals(256 * MB, MachineMemory.lessMargin(512 * MB), "never all of a small machine's memory");
	}

	@Test
	void theCgroupsLowestLimitCountsItsAncestorsAndNoLimitIsNone(@TempDir Path root) throws Exception {
		Path self = root.resolve("cgroup");
		Files.writeString(self, "0::/ci/job\n");
		Files.createDirectories(root.resolve("fs/ci/job"));
		Files.writeString(root.resolve("fs/ci/job/memory.max"), "max\n");
		assertEquals(OptionalLong.empty(), MachineMemory.cgroupLimit(self, root.resolve("fs")));
		Files.writeString(root.resolve("fs/ci/memory.max"), String.valueOf(8L << 30));
		assertEquals(OptionalLong.of(8L << 30), MachineMemory.cgroupLimit(self, root.resolve("fs")));
		Files.writeString(root.resolve("fs/ci/job/memory.max"), String.valueOf(6L << 30));
		assertEquals(OptionalLong.of(6L << 30), MachineMemory.cgroupLimit(self, root.resolve("fs")));
		// cgroup v1: the memory controller's hierarchy, "no limit" written as a huge number
		Files.writeString(self, "4:memory:/docker/abc\n");
		Files.createDirectories(root.resolve("fs/memory/docker/abc"));
		Files.writeString(root.resolve("fs/memory/docker/abc/memory.limit_in_bytes"), "9223372036854771712\n");
		assertEquals(OptionalLong.empty(), MachineMemory.cgroupLimit(self, root.resolve("fs")));
		Files.writeString(root.resolve("fs/memory/docker/abc/memory.limit_in_bytes"), String.valueOf(4L << 30));
		assertEquals(OptionalLong.of(4L << 30), MachineMemory.cgroupLimit(self, root.resolve("fs")));
	}
}
