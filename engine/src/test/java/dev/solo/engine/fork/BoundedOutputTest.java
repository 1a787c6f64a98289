package dev.solo.engine.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.solo.engine.events.CapturedOutput;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class BoundedOutputTest {

	@Test
	void keepsHeadAndTailAndCountsWhatWasCut() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 1000; i++) {
			text.append((char) ('a' + i % 26));
		}
		BoundedOutput output = new BoundedOutput("t", new ByteArrayInputStream(
				text.toString().getBytes(StandardCharsets.US_ASCII)), 100, null);
		output.start();
		CapturedOutput captured = output.finish(5_000);
		assertEquals(text.substring(0, 50), new String(captured.head(), StandardCharsets.US_ASCII));
		assertEquals(text.substring(950), new String(captured.tail(), StandardCharsets.US_ASCII));
		assertEquals(900, captured.droppedBytes());
		assertEquals(1000, captured.totalBytes());
	}

	@Test
	void shortOutputIsKeptWhole() {
		BoundedOutput output = new BoundedOutput("t", new ByteArrayInputStream("hello\n".getBytes()), 100, null);
		output.start();
		assertEquals("hello\n", output.finish(5_000).text());
	}
}
