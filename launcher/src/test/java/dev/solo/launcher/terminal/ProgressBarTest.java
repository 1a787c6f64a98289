package dev.solo.launcher.terminal;

import static dev.solo.launcher.terminal.Runs.attempt;
import static dev.solo.launcher.terminal.Runs.classWith;
import static dev.solo.launcher.terminal.Runs.units;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.solo.engine.config.Isolation;
import dev.solo.engine.discovery.ForkUnit;
import dev.solo.engine.events.AttemptStatus;
import dev.solo.engine.events.RunEvent;
import dev.solo.engine.events.TestOutcome;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;

/** The progress line, and the screen that keeps it under the status lines. */
class ProgressBarTest {
	private static final String CLEAR = "\r\u001b[K";

	@Test
	void showsTheClockTheBarAndNextestsCountsWithinTheWidth() {
		Tally tally = tallyOfThreeWithOnePassedOneFailedOneRunning();
		ProgressBar bar = new ProgressBar(tally, new Style(false));
		// 80 columns: 24 for the prefix, 45 for the counts, the bar the rest but the last column.
		assertEquals("     Running [01:02:05] [====>  ] 2/3: 1 running, 1 passed, 1 failed, 0 skipped",
				bar.render(80, Duration.ofSeconds(3_725)));
		// Too narrow for a bar: the text alone, cut to the width but its last column.
		assertEquals("     Running [00:00:12] 2/3: 1 running, 1 passed,", bar.render(50, Duration.ofSeconds(12)));
	}

	/** Issue 25: a run that seems stuck says which test holds it, and for how long. */
	@Test
	void theLineEndsWithTheLongestRunningTestPastTheSlowTimeout() {
		List<ForkUnit> units = units(classWith("SlowTest", "first", "second", "third"), Isolation.TEST);
		Tally tally = new Tally();
		tally.runStarted(units, List.of());
		units.forEach(tally::testStarted);
		ProgressBar bar = new ProgressBar(tally, new Style(false));
		long now = 1_000_000_000_000L;
		assertEquals("     Running [00:01:15] 0/3: 3 running, 0 passed, 0 skipped",
				bar.render(60, Duration.ofSeconds(75), now), "no test is slow yet");

		tally.testSlow(units.get(1), "com.example.SlowTest second()", Duration.ofSeconds(60), now);
		tally.testSlow(units.get(0), "com.example.SlowTest first()", Duration.ofSeconds(70), now);
		String later = bar.render(200, Duration.ofSeconds(80), now + Duration.ofSeconds(5).toNanos());
		assertTrue(later.endsWith("0/3: 3 running, 0 passed, 0 skipped; slowest com.example.SlowTest first() [>75.000s]"),
				later);

		tally.attemptFinished(units.get(0));
		assertTrue(bar.render(200, Duration.ofSeconds(80), now).endsWith("; slowest com.example.SlowTest second() [>60.000s]"),
				"the next longest once the first ends");
		tally.attemptFinished(units.get(1));
		assertFalse(bar.render(200, Duration.ofSeconds(80), now).contains("slowest"));
	}

	@Test
	void everyLineIsPrintedOnAnErasedBarWhichIsDrawnAgainAfterItAndErasedForGood() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Terminal terminal = TerminalBuilder.builder().system(false).type("xterm")
				.streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream()).build()) {
			terminal.setSize(new Size(100, 24));
			Screen screen = new Screen(new PrintStream(bytes, true, StandardCharsets.UTF_8), Tty.on(terminal));
			Tally tally = tallyOfThreeWithOnePassedOneFailedOneRunning();
			synchronized (screen) {
				screen.showBar(new ProgressBar(tally, new Style(false)), System.nanoTime());
				screen.println("        PASS [   0.100s] com.example.MixedTest passes()");
				screen.hideBar();
			}
			screen.println("     Summary");
			screen.close();
		}
		String out = bytes.toString(StandardCharsets.UTF_8);
		String bar = "\r     Running [00:00:00] [==================>        ] 2/3: 1 running, 1 passed, 1 failed,"
				+ " 0 skipped\u001b[K";
		assertEquals(bar + CLEAR + "        PASS [   0.100s] com.example.MixedTest passes()\n" + bar + CLEAR
				+ "     Summary\n", out);
		assertFalse(out.substring(out.lastIndexOf(CLEAR)).contains("Running"), out);
	}

	private static Tally tallyOfThreeWithOnePassedOneFailedOneRunning() {
		List<ForkUnit> units = units(classWith("MixedTest", "passes", "fails", "runs"), Isolation.TEST);
		Tally tally = new Tally();
		tally.runStarted(units, List.of());
		units.forEach(tally::testStarted);
		tally.testFinished(new RunEvent.TestFinished(units.get(0),
				new TestOutcome(List.of(attempt(1, 1, AttemptStatus.PASSED, 1)), false)));
		tally.testFinished(new RunEvent.TestFinished(units.get(1),
				new TestOutcome(List.of(attempt(1, 1, AttemptStatus.FAILED, 1)), false)));
		return tally;
	}
}
