package dev.solo.engine.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.solo.engine.scheduler.RunSnapshot;
import dev.solo.engine.scheduler.RunningTest;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class StatusTextTest {
	private static final String NL = System.lineSeparator();

	@Test
	void aRunningTestShowsItsSlotPidAttemptTimeOutputAndThreadDumpIndented() {
		RunningTest test = new RunningTest("com.example.FooTest bar()", 1, 4242, 2, 3, Duration.ofMillis(12_345),
				List.of("first", "second"), Optional.of("Full thread dump (pid 4242):\n\n\"main\" #1\n\tat Foo.bar(Foo.java:3)\n"),
				"");
		String text = StatusText.of(new RunSnapshot(5, 9, Duration.ofMillis(61_002), List.of(test)));

		assertEquals(String.join(NL,
				"solo: status: 1 running, 5 of 9 done, elapsed 61.002s",
				"    RUNNING [slot 1] com.example.FooTest bar() pid 4242 attempt 2/3 [ 12.345s]",
				"        last output:",
				"          first",
				"          second",
				"        thread dump:",
				"          Full thread dump (pid 4242):",
				"",
				"          \"main\" #1",
				"          \tat Foo.bar(Foo.java:3)",
				""), text);
	}

	@Test
	void aTestWithoutOutputOrDumpSaysSoAndWhy() {
		RunningTest test = new RunningTest("core com.example.BazTest qux()", 0, 7, 1, 1, Duration.ofMillis(5),
				List.of(), Optional.empty(), "the test ended while it was taken");
		String text = StatusText.of(new RunSnapshot(0, 1, Duration.ofMillis(1_500), List.of(test)));

		assertEquals(String.join(NL,
				"solo: status: 1 running, 0 of 1 done, elapsed 1.500s",
				"    RUNNING [slot 0] core com.example.BazTest qux() pid 7 attempt 1/1 [  0.005s]",
				"        (no output yet)",
				"        no thread dump: the test ended while it was taken",
				""), text);
	}

	@Test
	void aRunBetweenTestsIsItsHeaderAlone() {
		assertEquals("solo: status: 0 running, 3 of 4 done, elapsed 2.000s" + NL,
				StatusText.of(new RunSnapshot(3, 4, Duration.ofSeconds(2), List.of())));
	}
}
