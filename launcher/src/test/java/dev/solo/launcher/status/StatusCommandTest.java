package dev.solo.launcher.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.solo.engine.status.StatusSockets;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class StatusCommandTest {
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void noRunUnderWaySaysSoAndExits4() {
		assertEquals(4, print(List.of()));
		assertEquals("", text(out));
		assertEquals("solo: no running run" + System.lineSeparator(), text(err));
	}

	@Test
	void eachRunsStatusFollowsItsPidAndOneThatCannotBeAskedMakesItExit1() {
		int code = print(List.of(new StatusSockets.Answer(11, Optional.of("solo: status: 0 running\n"), ""),
				new StatusSockets.Answer(12, Optional.empty(), "Connection reset")));

		assertEquals(1, code);
		assertEquals("solo: pid 11" + System.lineSeparator() + "solo: status: 0 running\n", text(out));
		assertEquals("solo: pid 12 did not answer: Connection reset" + System.lineSeparator(), text(err));
	}

	private int print(List<StatusSockets.Answer> answers) {
		return StatusCommand.print(answers, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private static String text(ByteArrayOutputStream bytes) {
		return bytes.toString(StandardCharsets.UTF_8);
	}
}
