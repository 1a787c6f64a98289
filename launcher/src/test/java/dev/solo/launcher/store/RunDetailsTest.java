package dev.solo.launcher.store;

import static dev.solo.launcher.store.Summaries.T0;
import static dev.solo.launcher.store.Summaries.rerun;
import static dev.solo.launcher.store.Summaries.run;
import static dev.solo.launcher.store.Summaries.withStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.solo.engine.store.RunStatus;
import dev.solo.engine.store.RunSummary;
import dev.solo.engine.store.TestCounts;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** {@code store info}'s lines from a synthetic summary, and the sizes and times they are made of. */
class RunDetailsTest {
	@Test
	void aCancelledRerunWithItsEnvironmentCountsAndSizes() {
		RunSummary base = run("b0b38ba7-3a69-44c7-b52c-c0dabf839c07", 0, 206, 49, 2);
		RunSummary plain = rerun("e8082b32-05ae-4681-8b1d-84da628b9991", base, 0, 206, 49);
		RunSummary run = new RunSummary(plain.runId(), plain.rerunOf(), "0.1.0", "cli",
				List.of("/usr/bin/java", "-jar", "solo.jar", "run", "-R", "latest", "my test"),
				Map.of("SOLO_PROFILE", "ci", "JAVA_HOME", "/opt/jdk"), "ci", T0, T0.plus(Duration.ofMinutes(15)),
				RunStatus.CANCELLED, Optional.of(100), Optional.of(Duration.ofMillis(143)),
				new TestCounts(49, 2, 1, 0, 3, 2), 206_000, 2_200_000);
		RunDetails.Log log = new RunDetails.Log(true, Optional.of("events.jsonl.zst: truncated after 12 events"), 5_000,
				108_000);
		assertEquals(List.of(
				"Run e8082b32-05ae-4681-8b1d-84da628b9991",
				"  solo version:    0.1.0",
				"  host:            cli",
				"  command:         /usr/bin/java -jar solo.jar run -R latest 'my test'",
				"  profile:         ci",
				"  rerun of:        b0b38ba7-3a69-44c7-b52c-c0dabf839c07",
				"  env:             JAVA_HOME=/opt/jdk",
				"                   SOLO_PROFILE=ci",
				"  status:          cancelled (exit code 100)",
				"  started at:      2026-01-21 20:07:40 +00:00 (1h ago)",
				"  last written at: 2026-01-21 20:22:40 +00:00 (52m ago)",
				"  duration:        0.143s",
				"  replayable:      yes (events.jsonl.zst: truncated after 12 events)",
				"  tests:",
				"    passed:        49",
				"    flaky:         1",
				"    failed:        2",
				"    not run:       3",
				"    leaky:         2",
				"  sizes:   compressed  uncompressed",
				"    log          5 KB        108 KB",
				"    other      201 KB        2.1 MB",
				"    ─────  ──────────  ────────────",
				"    total      206 KB        2.2 MB"),
				RunDetails.render(run, log, ZoneOffset.UTC, T0.plus(Duration.ofMinutes(60)).plusSeconds(7 * 60)));
	}

	@Test
	void anIncompleteRunHasNoExitCodeNorDurationAndSaysWhyItCannotBeReplayed() {
		RunSummary run = withStatus(run("b0b38ba7-3a69-44c7-b52c-c0dabf839c07", 0, 1, 0, 0), RunStatus.INCOMPLETE);
		List<String> lines = RunDetails.render(run, new RunDetails.Log(false, Optional.of("events.jsonl.zst: empty"),
				0, 0), ZoneOffset.ofHours(2), T0.plusSeconds(30));
		assertEquals("  status:          incomplete", lines.get(5));
		assertEquals("  started at:      2026-01-21 22:07:40 +02:00 (30s ago)", lines.get(6));
		assertEquals("  duration:        -", lines.get(8));
		assertEquals("  replayable:      no (events.jsonl.zst: empty)", lines.get(9));
		assertEquals(List.of("  tests:", "    none"), lines.subList(10, 12));
	}

	@Test
	void sizesAreDecimalWholeKilobytesThenOneDecimal() {
		assertEquals("0 B", Sizes.format(0));
		assertEquals("999 B", Sizes.format(999));
		assertEquals("1 KB", Sizes.format(1000));
		assertEquals("206 KB", Sizes.format(205_600));
		assertEquals("1.0 MB", Sizes.format(999_600));
		assertEquals("2.0 MB", Sizes.format(2_000_000));
		assertEquals("29.5 MB", Sizes.format(29_450_000));
		assertEquals("1.0 GB", Sizes.format(999_960_000));
		assertEquals("1.5 TB", Sizes.format(1_500_000_000_000L));
	}

	@Test
	void agesAreInTheLargestWholeUnit() {
		assertEquals("0s ago", Times.ago(T0, T0.minusSeconds(5)));
		assertEquals("59s ago", Times.ago(T0, T0.plusSeconds(59)));
		assertEquals("52m ago", Times.ago(T0, T0.plusSeconds(52 * 60 + 59)));
		assertEquals("47h ago", Times.ago(T0, T0.plus(Duration.ofHours(47))));
		assertEquals("3d ago", Times.ago(T0, T0.plus(Duration.ofDays(3))));
		assertEquals("61.000s", Times.seconds(Duration.ofSeconds(61)));
	}

	@Test
	void pruneSaysWhatWentOrWouldGo() {
		RunSummary a = run("b0b38ba7-3a69-44c7-b52c-c0dabf839c07", 0, 700, 1, 0);
		RunSummary b = run("362688c2-0000-4000-8000-000000000000", -1, 500, 1, 0);
		assertEquals(List.of("info: pruned 2 runs (1.2 MB)", "    b0b38ba7 2026-01-21 20:07:40 700 KB",
				"    362688c2 2026-01-21 20:06:40 500 KB"), StorePrune.lines(List.of(a, b), false, ZoneOffset.UTC));
		assertEquals("info: would prune 1 run (700 KB)", StorePrune.lines(List.of(a), true, ZoneOffset.UTC).get(0));
		assertEquals(List.of("info: no runs to prune"), StorePrune.lines(List.of(), true, ZoneOffset.UTC));
	}
}
