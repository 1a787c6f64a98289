package dev.solo.launcher.store;

import static dev.solo.launcher.store.Summaries.rerun;
import static dev.solo.launcher.store.Summaries.run;
import static dev.solo.launcher.store.Summaries.withStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.solo.engine.store.RunStatus;
import dev.solo.engine.store.RunSummary;
import dev.solo.launcher.terminal.Style;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** {@code store list}'s tree from synthetic summaries: nextest's layout, reruns under what they reran. */
class RunTreeTest {
	private static final RunSummary BASE = withStatus(run("b0b38ba7-3a69-44c7-b52c-c0dabf839c07", 0, 206, 49, 2),
			RunStatus.CANCELLED);
	private static final RunSummary OLDER = run("362688c2-0000-4000-8000-000000000000", -1, 208, 51, 0);

	@Test
	void rerunsOfOneBaseBranchNewestFirstAndAChainUnderOneOfThemStaysInItsColumn() {
		RunSummary first = rerun("092550db-0000-4000-8000-000000000000", BASE, 1, 190, 2);
		RunSummary second = rerun("e8082b32-0000-4000-8000-000000000000", BASE, 11, 186, 1);
		RunSummary chained = rerun("0b9f340f-0000-4000-8000-000000000000", second, 17, 187, 1);
		RunSummary third = rerun("d6a74827-0000-4000-8000-000000000000", BASE, 23, 190, 2);
		List<RunSummary> runs = List.of(third, chained, second, first, BASE, OLDER);
		assertEquals(List.of(
				"6 recorded runs:",
				"b0b38ba7   2026-01-21 20:07:40 0.143s 206 KB 49 passed / 2 failed (cancelled)",
				"├─d6a74827 2026-01-21 20:30:40 0.143s 190 KB 2 passed *latest",
				"├─e8082b32 2026-01-21 20:18:40 0.143s 186 KB 1 passed",
				"│ 0b9f340f 2026-01-21 20:24:40 0.143s 187 KB 1 passed",
				"└─092550db 2026-01-21 20:08:40 0.143s 190 KB 2 passed",
				"362688c2   2026-01-21 20:06:40 0.143s 208 KB 51 passed",
				"─────────",
				"1.2 MB"), render(runs));
	}

	@Test
	void aChainOfThreeRerunsIsOneBranchThenOneColumn() {
		RunSummary a = rerun("aaaaaaaa-0000-4000-8000-000000000000", BASE, 1, 5, 2);
		RunSummary b = rerun("bbbbbbbb-0000-4000-8000-000000000000", a, 2, 5, 1);
		RunSummary c = rerun("cccccccc-0000-4000-8000-000000000000", b, 3, 5, 1);
		assertEquals(List.of(
				"b0b38ba7   2026-01-21 20:07:40 0.143s 206 KB 49 passed / 2 failed (cancelled)",
				"└─aaaaaaaa 2026-01-21 20:08:40 0.143s   5 KB 2 passed",
				"  bbbbbbbb 2026-01-21 20:09:40 0.143s   5 KB 1 passed",
				"  cccccccc 2026-01-21 20:10:40 0.143s   5 KB 1 passed *latest"), body(render(List.of(c, b, a, BASE))));
	}

	@Test
	void aRunWithTwoRerunsInsideAChainBranchesThere() {
		RunSummary a = rerun("aaaaaaaa-0000-4000-8000-000000000000", BASE, 1, 5, 2);
		RunSummary b = rerun("bbbbbbbb-0000-4000-8000-000000000000", a, 2, 5, 1);
		RunSummary c = rerun("cccccccc-0000-4000-8000-000000000000", a, 3, 5, 1);
		assertEquals(List.of(
				"b0b38ba7     2026-01-21 20:07:40 0.143s 206 KB 49 passed / 2 failed (cancelled)",
				"└─aaaaaaaa   2026-01-21 20:08:40 0.143s   5 KB 2 passed",
				"  ├─cccccccc 2026-01-21 20:10:40 0.143s   5 KB 1 passed *latest",
				"  └─bbbbbbbb 2026-01-21 20:09:40 0.143s   5 KB 1 passed"), body(render(List.of(c, b, a, BASE))));
	}

	@Test
	void aRerunWhoseBaseWasPrunedStandsAloneAndAnIncompleteRunHasNoDuration() {
		RunSummary orphan = rerun("aaaaaaaa-0000-4000-8000-000000000000", OLDER, 1, 5, 2);
		RunSummary running = withStatus(run("cccccccc-0000-4000-8000-000000000000", 2, 1, 0, 0), RunStatus.INCOMPLETE);
		assertEquals(List.of(
				"1 recorded run:", "cccccccc 2026-01-21 20:09:40 - 1 KB 0 passed (incomplete) *latest", "─────────", "1 KB"),
				render(List.of(running)));
		assertEquals(List.of(
				"cccccccc 2026-01-21 20:09:40      - 1 KB 0 passed (incomplete) *latest",
				"aaaaaaaa 2026-01-21 20:08:40 0.143s 5 KB 2 passed"), body(render(List.of(running, orphan))));
		assertEquals(List.of("no recorded runs"), render(List.of()));
	}

	@Test
	void onATerminalTheUniquePrefixIsBoldMagenta() {
		RunSummary near = run("b0b4aaaa-0000-4000-8000-000000000000", 1, 5, 1, 0);
		List<String> lines = RunTree.render(List.of(near, BASE), prefixes(List.of(near, BASE)), ZoneOffset.UTC,
				new Style(true));
		assertEquals("\u001b[35;1mb0b4\u001b[0maaaa 2026-01-21 20:08:40 0.143s   5 KB 1 passed \u001b[1m*latest\u001b[0m",
				lines.get(1));
		assertEquals("\u001b[35;1mb0b3\u001b[0m8ba7", lines.get(2).substring(0, 19));
	}

	@Test
	void uniquePrefixesAreOneLongerThanTheLongestSharedWithAnotherRun() {
		UUID a = UUID.fromString("b0b38ba7-3a69-44c7-b52c-c0dabf839c07");
		UUID b = UUID.fromString("b0b4aaaa-0000-4000-8000-000000000000");
		UUID c = UUID.fromString("d6a74827-0000-4000-8000-000000000000");
		assertEquals(Map.of(a, 4, b, 4, c, 1), StoreList.prefixes(List.of(withId(a), withId(b), withId(c))));
		assertEquals(Map.of(a, 1), StoreList.prefixes(List.of(withId(a))));
	}

	private static List<String> render(List<RunSummary> runs) {
		return RunTree.render(runs, prefixes(runs), ZoneOffset.UTC, new Style(false));
	}

	private static Map<UUID, Integer> prefixes(List<RunSummary> runs) {
		return StoreList.prefixes(runs);
	}

	private static RunSummary withId(UUID id) {
		return Summaries.run(id.toString(), 0, 1, 1, 0);
	}

	/** The runs' lines alone, without the count above and the total below. */
	private static List<String> body(List<String> lines) {
		return lines.subList(1, lines.size() - 2);
	}
}
