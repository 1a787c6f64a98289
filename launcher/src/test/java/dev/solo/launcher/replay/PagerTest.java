package dev.solo.launcher.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Which pager a replay goes through: Solo's own variable, then the usual one, then less. */
class PagerTest {
	@Test
	void soloPagerThenPagerThenLess() {
		assertEquals(Optional.of(List.of("most", "-s")), Pager.command(Map.of("SOLO_PAGER", " most  -s ", "PAGER", "more")));
		assertEquals(Optional.of(List.of("more")), Pager.command(Map.of("PAGER", "more")));
		assertEquals(Optional.of(List.of("less", "-FRX")), Pager.command(Map.of()));
	}

	@Test
	void aVariableSetEmptyTurnsPagingOffEvenWhenTheOtherIsSet() {
		assertEquals(Optional.empty(), Pager.command(Map.of("SOLO_PAGER", "", "PAGER", "more")));
		assertEquals(Optional.empty(), Pager.command(Map.of("PAGER", "  ")));
	}

	@Test
	void aPagerThatCannotStartIsNoPager() {
		assertEquals(Optional.empty(), Pager.start(List.of("/no/such/pager")));
	}

	@Test
	void whatIsPrintedReachesThePagerWhichIsWaitedFor() throws Exception {
		java.nio.file.Path file = java.nio.file.Files.createTempFile("solo-pager", ".txt");
		try {
			Pager pager = Pager.start(List.of("sh", "-c", "cat > '" + file + "'")).orElseThrow();
			pager.out().println("replayed");
			pager.close();
			assertEquals("replayed\n", java.nio.file.Files.readString(file));
		}
		finally {
			java.nio.file.Files.deleteIfExists(file);
		}
	}
}
